import { RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import { CorruptEventError } from '../port/errors';
import { EventMetadata, JsonObject, RecordedEvent } from '../port/event-store';
import { formatPosition } from '../port/position';
import { ReadEvent } from '../port/read-event';
import { fromClientRevision } from './revision-mapping';

/**
 * The commit position a server before 22.6 sends for an event read from a stream (it has none: -1 as
 * an unsigned 64-bit number). The 6.2.1 client never leaves `position` undefined; it reads 0 when absent.
 */
const NO_POSITION = 2n ** 64n - 1n;

/** System streams and events ($-prefixed) belong to the server and never surface through the port. */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

/**
 * A recorded event as the client reads it, in the port's terms. The client hands over data marked
 * as JSON that does not parse as its text, and metadata that does not parse as its bytes: such an
 * event cannot be read back (CorruptEventError).
 */
export function toRecordedEvent(event: ClientRecordedEvent): RecordedEvent {
  if (!event.position || event.position.commit === NO_POSITION) {
    throw new Error(`event ${event.id} in ${event.streamId} has no log position: EventStoreDB 22.6 or later is required`);
  }
  const revision = fromClientRevision(event.revision);
  const position = formatPosition(event.position);
  const metadata: unknown = event.metadata ?? {};
  if (!event.isJson || !isJsonObject(event.data) || !isJsonObject(metadata)) {
    const recordedHash = isJsonObject(metadata) && typeof metadata.hash === 'string' ? metadata.hash : '';
    const cause = new TypeError(`${isJsonObject(metadata) ? 'data' : 'metadata'} is not a JSON object`);
    throw new CorruptEventError(event.streamId, revision, position, recordedHash, { cause });
  }
  return new ReadEvent(event.streamId, revision, position, event.id, event.type, event.data, metadata as EventMetadata);
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
