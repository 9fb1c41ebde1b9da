import { useEffect, useState } from 'preact/hooks';
import { answer, present } from '../answer';
import { ErrorNote } from '../components/ErrorNote';
import { PriceChart } from '../components/PriceChart';
import { StatusCard } from '../components/StatusCard';
import { TimelineFilters } from '../components/TimelineFilters';
import { TimelineList } from '../components/TimelineList';
import { ledger } from '../ledger';
import { useLiveStream } from '../live';
import type { CompanyStatus } from '../model';
import { Link, companyPath, navigate } from '../router';
import { TimelineFilter, filterFromUrl, filterSearch } from '../timeline-filter';
import { useTimeline } from '../use-timeline';

/** A company at its own URL: status, price chart, and its timeline, all kept current by its live stream. */
export function CompanyPage({ companyId, url }: { companyId: string; url: URL }) {
  const [status, setStatus] = useState<CompanyStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The position of the last live event: the status is read once the read model holds it. */
  const [seen, setSeen] = useState<string | null>(null);
  const filter = filterFromUrl(url);
  const timeline = useTimeline(companyId, filter);

  useEffect(() => {
    const abort = new AbortController();
    answer<CompanyStatus>(
      ledger().GET('/v1/companies/{companyId}', { params: { path: { companyId }, query: present({ minPosition: seen }) }, signal: abort.signal }),
    ).then(
      (read) => {
        setStatus(read.body);
        document.title = `${read.body.name} — Disclosure ledger explorer`;
      },
      (failure: unknown) => !abort.signal.aborted && setError(failure),
    );
    return () => abort.abort();
  }, [companyId, seen]);

  // The stream starts where the first page of the timeline was read: nothing recorded since is missed.
  const live = useLiveStream(companyId, timeline.position, (type, data) => {
    timeline.apply(type, data);
    if (typeof data.position === 'string') setSeen(data.position);
  });

  const changeFilter = (changed: TimelineFilter) => navigate(`${companyPath(companyId)}${filterSearch(changed)}`, true);

  return (
    <div>
      <ErrorNote error={error} />
      {status && (
        <>
          <header class="company-header">
            <h1>{status.name}</h1>
            <p class="muted">
              {[
                status.companyId,
                ...(status.identifiers?.tickers ?? []).map((t) => `${t.symbol}@${t.venue}`),
                status.identifiers?.isin && `ISIN ${status.identifiers.isin}`,
                status.identifiers?.lei && `LEI ${status.identifiers.lei}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p>
              <Link href={`${companyPath(companyId)}/as-of`}>See the status as of another date</Link>
            </p>
          </header>
          <StatusCard status={status} />
          <PriceChart companyId={companyId} revision={status.revision} />
        </>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p class="live-state" role="status">
          Live updates: {live}
        </p>
        <TimelineFilters filter={filter} onChange={changeFilter} />
        <ErrorNote error={timeline.error} />
        <TimelineList items={timeline.items} hasMore={timeline.next !== null} loading={timeline.loading} onMore={timeline.loadMore} />
      </section>
    </div>
  );
}
