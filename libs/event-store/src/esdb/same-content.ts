import { canonicalJson } from '@ledger/canonical-json';
import { EventToAppend, RecordedEvent } from '../port/event-store';

/** True when a stored event has the type and data of `proposed`: a repeat of the same append. Metadata may differ. */
export function sameContent(stored: RecordedEvent, proposed: EventToAppend): boolean {
  return stored.type === proposed.type && canonicalJson(stored.data) === canonicalJson(proposed.data);
}
