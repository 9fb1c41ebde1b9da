import { GENESIS_HASH, computeEventHash } from '../chain/event-hash';
import { JsonObject, RecordedEvent } from '../port/event-store';

/** Events of one stream with a valid hash chain, as a store would record them. */
export function chainedEvents(streamId: string, payloads: JsonObject[], firstPosition = 1): RecordedEvent[] {
  let prevHash = GENESIS_HASH;
  return payloads.map((data, revision) => {
    const id = `${streamId}-event-${revision}`;
    const type = revision === 0 ? 'Opened' : 'Changed';
    const metadata = { recordedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, revision)).toISOString(), schemaVersion: 1 };
    const hash = computeEventHash({ streamId, revision, id, type, data, metadata, prevHash });
    const event: RecordedEvent = {
      streamId,
      revision,
      id,
      type,
      data,
      position: String(firstPosition + revision),
      metadata: { ...metadata, prevHash, hash },
    };
    prevHash = hash;
    return event;
  });
}
