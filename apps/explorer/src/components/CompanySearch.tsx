import { useEffect, useState } from 'preact/hooks';
import { answer } from '../answer';
import { ledger } from '../ledger';
import type { CompanyStatus } from '../model';
import { Link, companyPath } from '../router';
import { ErrorNote } from './ErrorNote';

/** Waits this long after the last key before asking, so that typing a name asks once or twice. */
const TYPING_PAUSE_MS = 150;

/** As-you-type search by name, alias, ticker, ISIN or LEI. */
export function CompanySearch() {
  const [text, setText] = useState('');
  const [found, setFound] = useState<CompanyStatus[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const q = text.trim();
    if (q === '') {
      setFound(null);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      answer<{ companies: CompanyStatus[] }>(ledger().GET('/v1/companies', { params: { query: { q, limit: 20 } }, signal: abort.signal })).then(
        (matches) => {
          setFound(matches.body.companies);
          setError(null);
        },
        (failure: unknown) => !abort.signal.aborted && setError(failure),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text]);
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Find a company</h2>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="company-search">Name, alias, ticker, ISIN or LEI</label>
        <input
          id="company-search"
          type="search"
          autocomplete="off"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          aria-describedby="search-count"
        />
      </form>
      <ErrorNote error={error} />
      <p id="search-count" class="muted" role="status">
        {found === null ? '' : `${found.length} compan${found.length === 1 ? 'y' : 'ies'} found`}
      </p>
      {found && found.length > 0 && (
        <ul class="results">
          {found.map((company) => (
            <li key={company.companyId}>
              <Link href={companyPath(company.companyId)}>{company.name}</Link>{' '}
              <span class="muted">{[...(company.identifiers?.tickers ?? []).map((t) => t.symbol), company.identifiers?.isin].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
