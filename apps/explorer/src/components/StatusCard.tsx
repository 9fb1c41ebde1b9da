import type { CompanyStatus } from '../model';
import { formatDate, formatMove, formatPrice, humanise } from '../format';

const MILESTONES = ['announced', 'offline', 'advisersEngaged', 'regulatorsNotified', 'restored'];

/** Incident state and milestones, probes by regulator, last share price and move. */
export function StatusCard({ status }: { status: CompanyStatus }) {
  const { incident, probes, sharePrice } = status;
  const milestones = MILESTONES.map((name) => [name, incident.milestones[name]] as const).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return (
    <section class="status-card" aria-labelledby="status-heading">
      <h2 id="status-heading">
        Status{status.asOf ? ` as of ${formatDate(status.asOf)} (${status.basis === 'recorded' ? 'recorded time' : 'business time'})` : ''}
      </h2>
      <div class="status-grid">
        <div>
          <h3>Incident</h3>
          <p class={`badge incident-${incident.state}`} data-testid="incident-state">
            {humanise(incident.state)}
          </p>
          {milestones.length > 0 && (
            <dl class="milestones">
              {milestones.map(([name, value]) => (
                <div key={name}>
                  <dt>{humanise(name)}</dt>
                  <dd>{Array.isArray(value) ? value.join(', ') : formatDate(value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
        <div>
          <h3>Regulatory probes</h3>
          {probes.length === 0 ? (
            <p>None</p>
          ) : (
            <ul class="probes">
              {probes.map((probe) => (
                <li key={`${probe.regulator}-${probe.since}`}>
                  <strong>{probe.regulator}</strong> {probe.status} ({probe.stage}) since {formatDate(probe.since)}
                  {probe.scope && <span class="muted"> — {probe.scope}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Share price</h3>
          {sharePrice ? (
            <p>
              <span class="price">{formatPrice(sharePrice.price, sharePrice.currency)}</span>{' '}
              <span class={`move move-${sharePrice.direction}`}>{formatMove(sharePrice.direction, sharePrice.changePct)}</span>
              <br />
              <span class="muted">
                {sharePrice.venue ?? ''} {formatDate(sharePrice.at)}
              </span>
            </p>
          ) : (
            <p>No move recorded</p>
          )}
        </div>
      </div>
      <p class="muted">
        Disclosures {formatDate(status.firstDisclosureAt)} to {formatDate(status.lastDisclosureAt)} · revision {status.revision}
      </p>
    </section>
  );
}
