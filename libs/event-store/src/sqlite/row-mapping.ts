import { EventMetadata, JsonObject, RecordedEvent } from '../port/event-store';
import { EventRow } from './statements';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  const metadata = JSON.parse(row.metadata) as EventMetadata;
  metadata.prevHash = row.prev_hash.toString('hex');
  metadata.hash = row.hash.toString('hex');
  return {
    streamId: row.stream_id,
    revision: row.revision,
    position: String(row.position),
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as JsonObject,
    metadata,
  };
}
