import { useState } from 'preact/hooks';
import { answer } from '../answer';
import { ErrorNote } from '../components/ErrorNote';
import { Facts } from '../components/Facts';
import { typeLabel } from '../event-types';
import { highlight } from '../highlight';
import { ledger } from '../ledger';
import type { ArticleResult } from '../model';
import { disclosuresFor } from '../review';
import { Link, companyPath } from '../router';

/** Paste an article, check what it proposes against the highlighted evidence, untick what is wrong, record the rest. */
export function ReviewPage() {
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<'' | 'en' | 'fr'>('');
  const [publishedOn, setPublishedOn] = useState('');
  const [publisher, setPublisher] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [reviewed, setReviewed] = useState<{ text: string; result: ArticleResult } | null>(null);
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [companyId, setCompanyId] = useState('');
  const [recorded, setRecorded] = useState<{ companyId: string; count: number; position: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const propose = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setRecorded(null);
    try {
      const body = { text, ...(language ? { language } : {}), ...(publishedOn ? { publishedOn } : {}) };
      const proposed = await answer<ArticleResult>(ledger().POST('/v1/articles', { body }));
      setReviewed({ text, result: proposed.body });
      setKept(new Set(proposed.body.proposals.map((proposal) => proposal.disclosureId)));
      const registered = proposed.body.companies.filter((company) => company.registered && company.companyId);
      if (registered.length === 1) setCompanyId(registered[0].companyId!);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const record = async (event: Event) => {
    event.preventDefault();
    if (!reviewed) return;
    setBusy(true);
    try {
      const chosen = reviewed.result.proposals.filter((proposal) => kept.has(proposal.disclosureId));
      const body = disclosuresFor(reviewed.result, chosen, publishedOn, { publisher, url: sourceUrl });
      const recording = ledger().POST('/v1/companies/{companyId}/disclosures', { params: { path: { companyId: companyId.trim() } }, body });
      const written = await answer<{ disclosures: unknown[]; position: string }>(recording);
      setRecorded({ companyId: companyId.trim(), count: written.body.disclosures.length, position: written.body.position });
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string) =>
    setKept((current) => {
      const changed = new Set(current);
      if (changed.has(id)) changed.delete(id);
      else changed.add(id);
      return changed;
    });

  const spans = reviewed ? reviewed.result.proposals.filter((proposal) => kept.has(proposal.disclosureId)).flatMap((proposal) => proposal.evidence) : [];
  return (
    <div>
      <h1>Review an article</h1>
      <form class="review-form" onSubmit={(event) => void propose(event)}>
        <label for="article-text">Article text (French or English)</label>
        <textarea id="article-text" rows={10} value={text} onInput={(event) => setText(event.currentTarget.value)} required />
        <div class="row">
          <label>
            Language
            <select value={language} onChange={(event) => setLanguage(event.currentTarget.value as 'en' | 'fr')}>
              <option value="">Detect</option>
              <option value="en">English</option>
              <option value="fr">French</option>
            </select>
          </label>
          <label>
            Published on
            <input type="date" value={publishedOn} onInput={(event) => setPublishedOn(event.currentTarget.value)} />
          </label>
          <label>
            Publisher
            <input value={publisher} onInput={(event) => setPublisher(event.currentTarget.value)} />
          </label>
          <label>
            Article URL
            <input type="url" value={sourceUrl} onInput={(event) => setSourceUrl(event.currentTarget.value)} />
          </label>
        </div>
        <button type="submit" disabled={busy || text.trim() === ''}>
          Propose disclosures
        </button>
      </form>
      <ErrorNote error={error} />
      {reviewed && (
        <div class="review">
          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">The article, with the evidence of the kept proposals marked</h2>
            <p class="article">
              {highlight(reviewed.text, spans).map((segment, index) =>
                segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
              )}
            </p>
          </section>
          <form onSubmit={(event) => void record(event)} aria-labelledby="proposals-heading">
            <h2 id="proposals-heading">
              {reviewed.result.proposals.length} proposed disclosure(s), {reviewed.result.language === 'fr' ? 'French' : 'English'}
            </h2>
            <ul class="proposals">
              {reviewed.result.proposals.map((proposal) => (
                <li key={proposal.disclosureId}>
                  <label>
                    <input type="checkbox" checked={kept.has(proposal.disclosureId)} onChange={() => toggle(proposal.disclosureId)} />{' '}
                    <strong>{typeLabel(proposal.type)}</strong> {proposal.occurredOn ?? 'date not stated'}{' '}
                    <span class="muted">confidence {Math.round(proposal.confidence * 100)}%</span>
                  </label>
                  <Facts facts={proposal.facts} />
                  {proposal.evidence.map((evidence) => (
                    <blockquote key={evidence.start} class="evidence">
                      “{evidence.quote}”
                    </blockquote>
                  ))}
                </li>
              ))}
            </ul>
            <div class="row">
              <label>
                Record for company (id)
                <input value={companyId} onInput={(event) => setCompanyId(event.currentTarget.value)} required list="article-companies" />
              </label>
              <datalist id="article-companies">
                {reviewed.result.companies
                  .filter((company) => company.companyId)
                  .map((company) => (
                    <option key={company.companyId} value={company.companyId} />
                  ))}
              </datalist>
            </div>
            <button type="submit" disabled={busy || kept.size === 0 || companyId.trim() === ''}>
              Record {kept.size} disclosure(s)
            </button>
          </form>
          {recorded && (
            <p role="status" class="success">
              Recorded {recorded.count} disclosure(s) at position {recorded.position}. <Link href={companyPath(recorded.companyId)}>Open the company</Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
