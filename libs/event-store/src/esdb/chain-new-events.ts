import { computeEventHash, withoutChainFields } from '../chain/event-hash';
import { EventMetadata, EventToAppend, JsonObject } from '../port/event-store';
import { StreamState } from './stream-state';

export interface ChainedEvent {
  id: string;
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
}

/**
 * The events as they will be stored after the stream's last event: recordedAt added when absent,
 * prevHash and hash set by us whatever the caller put there.
 */
export function chainNewEvents(streamId: string, state: StreamState, events: EventToAppend[], recordedAt: string): ChainedEvent[] {
  let prevHash = state.lastHash;
  const firstRevision = (state.lastRevision ?? -1) + 1;
  return events.map((event, i) => {
    const own = withoutChainFields(event.metadata ?? {});
    const metadata: JsonObject = own.recordedAt == null ? { ...own, recordedAt } : own;
    const hash = computeEventHash({ streamId, revision: firstRevision + i, id: event.id, type: event.type, data: event.data, metadata, prevHash });
    const chained: ChainedEvent = { id: event.id, type: event.type, data: event.data, metadata: { ...metadata, prevHash, hash } as EventMetadata };
    prevHash = hash;
    return chained;
  });
}
