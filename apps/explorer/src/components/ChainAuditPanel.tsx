import type { operations } from '@ledger/client';
import { useState } from 'preact/hooks';
import { answer } from '../answer';
import { ledger } from '../ledger';
import { ErrorNote } from './ErrorNote';

/** The audit's answer, as the API document describes it. */
type ChainAudit = operations['AdminChainAuditController_audit']['responses'][200]['content']['application/json'];

/** Runs the hash chain audit (every company stream, or one company's) and shows its verdict. */
export function ChainAuditPanel() {
  const [companyId, setCompanyId] = useState('');
  const [audit, setAudit] = useState<ChainAudit | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const body = companyId.trim() ? { companyId: companyId.trim() } : {};
      setAudit((await answer<ChainAudit>(ledger().POST('/v1/admin/audit/chain', { body }))).body);
      setError(null);
    } catch (failure) {
      setAudit(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="chain-heading">
      <h2 id="chain-heading">Hash chain audit</h2>
      <p>Recomputes the hash chain of every company stream (or of one company) from the log and names the first broken link.</p>
      <form class="row" onSubmit={(event) => void run(event)}>
        <label>
          Company id (empty: every company)
          <input value={companyId} onInput={(event) => setCompanyId(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>
          Run chain audit
        </button>
      </form>
      <ErrorNote error={error} />
      {audit && (
        <div role="status" class="chain-audit">
          <p>
            <strong data-testid="chain-verdict">{audit.ok ? 'Chain intact' : 'Chain broken'}</strong>: {audit.streams} stream(s), {audit.events} event(s) of{' '}
            {audit.scope} checked up to position {audit.head ?? '—'} in {audit.durationMs} ms.
          </p>
          {audit.broken.map((link) => (
            <dl key={`${link.streamId}-${link.revision}`} class="broken-link">
              <dt>Broken link</dt>
              <dd>
                {link.streamId} revision {link.revision} ({link.reason})
              </dd>
              <dt>Expected hash</dt>
              <dd>
                <code class="digest">{link.expectedHash}</code>
              </dd>
              <dt>Found hash</dt>
              <dd>
                <code class="digest">{link.foundHash ?? 'none (the event is unreadable)'}</code>
              </dd>
              {link.detail && <dd>{link.detail}</dd>}
            </dl>
          ))}
        </div>
      )}
    </section>
  );
}
