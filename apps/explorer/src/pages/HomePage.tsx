import { useEffect, useState } from 'preact/hooks';
import { answer } from '../answer';
import { CompanySearch } from '../components/CompanySearch';
import { ErrorNote } from '../components/ErrorNote';
import { LiveFeed } from '../components/LiveFeed';
import { formatDate, humanise } from '../format';
import { ledger } from '../ledger';
import type { CompanyStatus, Probe } from '../model';
import { Link, companyPath } from '../router';

/** Search, what is open now, and what is being disclosed. */
export function HomePage() {
  const [incidents, setIncidents] = useState<CompanyStatus[] | null>(null);
  const [probes, setProbes] = useState<Probe[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    answer<{ companies: CompanyStatus[] }>(ledger().GET('/v1/companies', { params: { query: { incident: 'open', limit: 50 } } })).then(
      (open) => setIncidents(open.body.companies),
      setError,
    );
    answer<{ probes: Probe[] }>(ledger().GET('/v1/probes', { params: { query: { status: 'open', limit: 50 } } })).then(
      (open) => setProbes(open.body.probes),
      setError,
    );
  }, []);
  return (
    <div class="home">
      <h1>Disclosure ledger explorer</h1>
      <CompanySearch />
      <ErrorNote error={error} />
      <div class="columns">
        <section aria-labelledby="incidents-heading">
          <h2 id="incidents-heading">Open incidents</h2>
          {incidents?.length === 0 && <p>None open.</p>}
          <ul>
            {incidents?.map((company) => (
              <li key={company.companyId}>
                <Link href={companyPath(company.companyId)}>{company.name}</Link> — {humanise(company.incident.state)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="probes-heading">
          <h2 id="probes-heading">Open regulatory probes</h2>
          {probes?.length === 0 && <p>None open.</p>}
          <ul>
            {probes?.map((probe) => (
              <li key={`${probe.companyId}-${probe.regulator}-${probe.since}`}>
                <strong>{probe.regulator}</strong> — <Link href={companyPath(probe.companyId ?? '')}>{probe.companyId}</Link> ({probe.stage}, since{' '}
                {formatDate(probe.since)})
              </li>
            ))}
          </ul>
        </section>
        <LiveFeed />
      </div>
    </div>
  );
}
