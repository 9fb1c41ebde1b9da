import { companyIdFromStream } from '@ledger/disclosures';
import { JsonObject, Position, RecordedEvent } from '@ledger/event-store';

/** One message of a live stream: the same three fields in both wire formats. */
export interface LiveMessage {
  /** The event's log position: what a client resumes after. */
  id: Position;
  /** The event type, e.g. "BreachAnnounced". */
  event: string;
  data: LiveDisclosure;
}

/** The whole disclosure, with where and when the ledger recorded it. */
export interface LiveDisclosure extends JsonObject {
  type: string;
  companyId: string;
  revision: number;
  position: Position;
  recordedAt: string;
}

export function toLiveDisclosure(event: RecordedEvent): LiveDisclosure {
  return {
    type: event.type,
    companyId: companyIdFromStream(event.streamId) ?? event.streamId,
    ...event.data,
    revision: event.revision,
    position: event.position,
    recordedAt: event.metadata.recordedAt,
  };
}
