import { RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import { EventMetadata, JsonObject, RecordedEvent } from '../port/event-store';
import { formatPosition } from '../port/position';
import { fromClientRevision } from './revision-mapping';

/** System streams and events ($-prefixed) belong to the server and never surface through the port. */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

/** A recorded event as the client reads it, in the port's terms. */
export function toRecordedEvent(event: ClientRecordedEvent): RecordedEvent {
  if (!event.position) {
    throw new Error(`event ${event.id} in ${event.streamId} has no log position: EventStoreDB 22.6 or later is required`);
  }
  if (!event.isJson || !isJsonObject(event.data)) {
    throw new TypeError(`event ${event.id} in ${event.streamId} is not a JSON object`);
  }
  return {
    streamId: event.streamId,
    revision: fromClientRevision(event.revision),
    position: formatPosition(event.position),
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: (isJsonObject(event.metadata) ? event.metadata : {}) as EventMetadata,
  };
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
