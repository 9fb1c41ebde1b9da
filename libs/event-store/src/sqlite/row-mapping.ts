import { CorruptEventError } from '../port/errors';
import { EventMetadata, JsonObject, RecordedEvent } from '../port/event-store';
import { ReadEvent } from '../port/read-event';
import { EventValues } from './statements';

/** The hot path of every read: two JSON.parse calls and one object per event. */
export function fromEventValues([position, streamId, revision, id, type, dataText, metadataText, prevHash, hash]: EventValues): RecordedEvent {
  let metadata: EventMetadata;
  let data: JsonObject;
  try {
    metadata = JSON.parse(metadataText) as EventMetadata;
    data = JSON.parse(dataText) as JsonObject;
  } catch (cause) {
    throw new CorruptEventError(streamId, revision, String(position), hash, { cause });
  }
  metadata.prevHash = prevHash;
  metadata.hash = hash;
  return new ReadEvent(streamId, revision, String(position), id, type, data, metadata, dataText);
}
