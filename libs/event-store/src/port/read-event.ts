import { EventMetadata, JsonObject, RecordedEvent } from './event-store';

/**
 * An event as an adapter reads it, built by a constructor, not an object literal: when the first
 * events read live long (a process still starting, a batch held by a projector), V8 moves a literal's
 * later allocations to the old generation, and every event read after that, with its data, would be
 * collected only by full garbage collections.
 */
export class ReadEvent implements RecordedEvent {
  constructor(
    readonly streamId: string,
    readonly revision: number,
    readonly position: string,
    readonly id: string,
    readonly type: string,
    readonly data: JsonObject,
    readonly metadata: EventMetadata,
    readonly dataJson?: string,
  ) {}
}
