import { canonicalJson, canonicalString } from '../chain/canonical-json';
import { withoutChainFields } from '../chain/event-hash';
import { EventToAppend } from '../port/event-store';

/** An event to append, serialised once: the canonical text is both what is hashed and what is stored. */
export interface PreparedEvent {
  id: string;
  type: string;
  /** id and type as canonical JSON string literals, for the hash. */
  quotedId: string;
  quotedType: string;
  canonicalData: string;
  /** The caller's metadata with recordedAt, without prevHash and hash; never "{}". */
  canonicalMetadata: string;
}

/** Serialises a batch before the write transaction starts; `recordedAt` is asked at most once. */
export function prepareEvents(events: EventToAppend[], recordedAt: () => string): PreparedEvent[] {
  let now: string | undefined;
  const time = () => (now ??= recordedAt());
  return events.map((event) => {
    if (typeof event.id !== 'string' || event.id === '') throw new TypeError('an event needs a non-empty string id');
    if (typeof event.type !== 'string' || event.type === '') throw new TypeError(`event ${event.id} needs a non-empty type`);
    return {
      id: event.id,
      type: event.type,
      quotedId: canonicalString(event.id),
      quotedType: canonicalString(event.type),
      canonicalData: canonicalJson(event.data),
      canonicalMetadata: canonicalMetadataOf(event.metadata, time),
    };
  });
}

function canonicalMetadataOf(metadata: EventToAppend['metadata'], recordedAt: () => string): string {
  if (metadata === undefined) return `{"recordedAt":${canonicalString(recordedAt())}}`;
  const own = withoutChainFields(metadata);
  return canonicalJson(own.recordedAt == null ? { ...own, recordedAt: recordedAt() } : own);
}
