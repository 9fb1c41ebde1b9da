import { PreparedEvent } from '../prepared-event';
import { AppendOutcome } from './protocol';
import { StoredEventRow } from './writer-statements';

/**
 * Whether an append repeats one already recorded, given the stream's events where the original would
 * be (just after the expected revision, or the stream's last ones for `any`), in revision order:
 * the original's result when every event is there with the same id, type and data; an id conflict when
 * the ids are there with other content; null (not a retry) otherwise, including when only the first
 * events match.
 */
export function retryOutcome(events: readonly PreparedEvent[], stored: readonly StoredEventRow[]): AppendOutcome | null {
  if (stored.length !== events.length) return null;
  for (let i = 0; i < events.length; i++) if (stored[i].event_id !== events[i].id) return null;
  for (let i = 0; i < events.length; i++) {
    if (stored[i].type !== events[i].type || stored[i].data !== events[i].canonicalData) return { kind: 'id-conflict', eventId: events[i].id };
  }
  const last = stored[stored.length - 1];
  return { kind: 'appended', nextRevision: last.revision, position: last.position, alreadyRecorded: true };
}
