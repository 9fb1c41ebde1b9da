import { useEffect, useState } from 'preact/hooks';
import { answer } from '../answer';
import { ChainAuditPanel } from '../components/ChainAuditPanel';
import { ErrorNote } from '../components/ErrorNote';
import { formatDate } from '../format';
import { ledger } from '../ledger';

interface RebuildState {
  state: 'building' | 'sealing' | 'done' | 'failed';
  reason?: string;
  events: number;
  total: number;
  eventsPerSecond: number;
  etaMs: number | null;
  startedAt?: string;
  finishedAt?: string | null;
  error?: string | null;
}

interface ProjectionsStatus {
  file: string;
  head: string | null;
  checkpoint: string | null;
  lag: number;
  digest: string | null;
  projections: {
    name: string;
    version: number;
    status: string;
    checkpoint: string | null;
    lag: number;
    lastRebuild: { builtAt: string; events: number; durationMs: number } | null;
    digest: Record<string, { rows: number; sha256: string }> | null;
  }[];
  rebuild: RebuildState | null;
}

/** How often the page asks while a rebuild runs, and otherwise. */
const BUSY_POLL_MS = 500;
const IDLE_POLL_MS = 5_000;

const running = (rebuild: RebuildState | null) => rebuild?.state === 'building' || rebuild?.state === 'sealing';

/** The read model's projections (version, checkpoint, lag, digests); a rebuild started and followed. */
export function AuditPage() {
  const [status, setStatus] = useState<ProjectionsStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = () =>
      answer<ProjectionsStatus>(ledger().GET('/v1/admin/projections')).then(
        (read) => {
          if (stopped) return;
          setStatus(read.body);
          setError(null);
          timer = setTimeout(poll, running(read.body.rebuild) ? BUSY_POLL_MS : IDLE_POLL_MS);
        },
        (failure: unknown) => {
          if (stopped) return;
          setError(failure);
          timer = setTimeout(poll, IDLE_POLL_MS);
        },
      );
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [asked]);

  const rebuild = async (name: string) => {
    try {
      await answer(ledger().POST('/v1/admin/projections/{name}/rebuild', { params: { path: { name } } }));
      setAsked((count) => count + 1);
    } catch (failure) {
      setError(failure);
    }
  };

  const job = status?.rebuild ?? null;
  return (
    <div>
      <h1>Audit</h1>
      <ErrorNote error={error} />
      {status && (
        <>
          <p>
            Log head <strong>{status.head ?? '—'}</strong>, read model at <strong>{status.checkpoint ?? '—'}</strong>, lag <strong>{status.lag}</strong>{' '}
            event(s). Read model digest: <code class="digest">{status.digest ?? 'none yet (computed by a rebuild)'}</code>
          </p>
          <div class="table-scroll">
            <table>
              <caption>Projections</caption>
              <thead>
                <tr>
                  <th scope="col">Projection</th>
                  <th scope="col">Version</th>
                  <th scope="col">Status</th>
                  <th scope="col">Checkpoint</th>
                  <th scope="col">Lag</th>
                  <th scope="col">Last rebuild</th>
                  <th scope="col">Table digests</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {status.projections.map((projection) => (
                  <tr key={projection.name}>
                    <th scope="row">{projection.name}</th>
                    <td>{projection.version}</td>
                    <td>{projection.status}</td>
                    <td>{projection.checkpoint ?? '—'}</td>
                    <td>{projection.lag}</td>
                    <td>
                      {projection.lastRebuild
                        ? `${formatDate(projection.lastRebuild.builtAt)}, ${projection.lastRebuild.events} events in ${projection.lastRebuild.durationMs} ms`
                        : 'never'}
                    </td>
                    <td>
                      {projection.digest
                        ? Object.entries(projection.digest).map(([table, digest]) => (
                            <div key={table}>
                              {table}: {digest.rows} rows, <code class="digest">{digest.sha256.slice(0, 16)}…</code>
                            </div>
                          ))
                        : '—'}
                    </td>
                    <td>
                      <button type="button" onClick={() => void rebuild(projection.name)} disabled={running(job)} aria-label={`Rebuild ${projection.name}`}>
                        Rebuild
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section aria-labelledby="rebuild-heading">
            <h2 id="rebuild-heading">Rebuild</h2>
            {job ? (
              <div role="status" class="rebuild-state">
                <p>
                  Rebuild <strong data-testid="rebuild-state">{job.state}</strong> ({job.reason}): {job.events} of {job.total} events
                  {running(job) && `, ${job.eventsPerSecond} events/s${job.etaMs !== null ? `, about ${Math.ceil(job.etaMs / 1000)} s left` : ''}`}
                  {job.finishedAt && `, finished ${formatDate(job.finishedAt)}`}
                </p>
                <progress max={Math.max(job.total, 1)} value={job.state === 'done' ? Math.max(job.total, 1) : job.events} aria-label="Rebuild progress" />
                {job.error && <p class="error">{job.error}</p>}
              </div>
            ) : (
              <p>No rebuild since this server started.</p>
            )}
          </section>
        </>
      )}
      <ChainAuditPanel />
    </div>
  );
}
