import { CompanyEvent, DisclosureEvent } from '../events/company-event';
import { ok, err, Result } from '../result';
import { disclosureIdConflict, LedgerError } from './errors';
import { disclosureFingerprint } from './fingerprint';
import { CompanyState } from './state';

/**
 * Settles the ids of the events a command would record: all new → the events; all already recorded
 * with the same content → no event (an idempotent replay); anything else → DisclosureIdConflict.
 * A partial overlap is a conflict too: a command is recorded whole or not at all, so it is no retry.
 */
export function newOrReplayed(state: CompanyState, events: DisclosureEvent[]): Result<CompanyEvent[], LedgerError> {
  const known = events.filter((event) => state.disclosures.has(event.data.disclosureId));
  if (known.length === 0) return ok(events);
  for (const event of known) {
    const { disclosureId } = event.data;
    if (state.disclosures.get(disclosureId)?.fingerprint !== disclosureFingerprint(event)) {
      return err(disclosureIdConflict(disclosureId, 'is already recorded with other content'));
    }
  }
  if (known.length < events.length) {
    return err(
      disclosureIdConflict(
        known[0].data.disclosureId,
        'is already recorded but others of the same request are not; a request is recorded whole, so this is not a retry',
      ),
    );
  }
  return ok([]);
}
