import { useEffect, useState } from 'preact/hooks';
import { answer } from '../answer';
import { AsOfChoice, asOfFromUrl, asOfInstant, asOfSearch, dayNumber, endOfDay } from '../as-of';
import { ErrorNote } from '../components/ErrorNote';
import { StatusCard } from '../components/StatusCard';
import { ledger } from '../ledger';
import type { CompanyStatus } from '../model';
import { Link, companyPath, navigate } from '../router';

/** A company's status as it was at an instant, in business time or as the ledger knew it; the choice lives in the URL. */
export function AsOfPage({ companyId, url }: { companyId: string; url: URL }) {
  const choice = asOfFromUrl(url, new Date());
  const [current, setCurrent] = useState<CompanyStatus | null>(null);
  const [status, setStatus] = useState<CompanyStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const path = `${companyPath(companyId)}/as-of`;

  useEffect(() => {
    answer<CompanyStatus>(ledger().GET('/v1/companies/{companyId}', { params: { path: { companyId } } })).then((read) => setCurrent(read.body), setError);
  }, [companyId]);
  useEffect(() => {
    const abort = new AbortController();
    const query = { asOf: asOfInstant(choice), basis: choice.basis };
    answer<CompanyStatus>(ledger().GET('/v1/companies/{companyId}/state', { params: { path: { companyId }, query }, signal: abort.signal })).then(
      (read) => {
        setStatus(read.body);
        setError(null);
      },
      (failure: unknown) => !abort.signal.aborted && setError(failure),
    );
    return () => abort.abort();
  }, [companyId, choice.at, choice.basis]);

  const choose = (changed: Partial<AsOfChoice>) => navigate(path + asOfSearch({ ...choice, ...changed }), true);
  const today = dayNumber(new Date().toISOString());
  const firstDay = current?.firstDisclosureAt ? dayNumber(current.firstDisclosureAt) - 1 : today - 365;

  return (
    <div>
      <h1>{current?.name ?? companyId}: status as of a date</h1>
      <p>
        <Link href={companyPath(companyId)}>Back to the company</Link>
      </p>
      <form class="as-of-controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          Instant (UTC)
          <input type="datetime-local" value={choice.at} onChange={(event) => event.currentTarget.value && choose({ at: event.currentTarget.value })} />
        </label>
        <label>
          Day
          <input
            type="range"
            min={firstDay}
            max={today}
            step={1}
            value={dayNumber(choice.at)}
            onInput={(event) => choose({ at: endOfDay(Number(event.currentTarget.value)) })}
            aria-valuetext={choice.at.slice(0, 10)}
          />
        </label>
        <fieldset>
          <legend>Basis</legend>
          <label>
            <input type="radio" name="basis" value="occurred" checked={choice.basis === 'occurred'} onChange={() => choose({ basis: 'occurred' })} /> Business
            time (when it happened)
          </label>
          <label>
            <input type="radio" name="basis" value="recorded" checked={choice.basis === 'recorded'} onChange={() => choose({ basis: 'recorded' })} /> Recorded
            time (what the ledger knew)
          </label>
        </fieldset>
      </form>
      <ErrorNote error={error} />
      {status && <StatusCard status={status} />}
    </div>
  );
}
