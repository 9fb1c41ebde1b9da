import { Position, RecordedEvent, comparePositions } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { errorText } from './parked-events';

/** Where a projection stopped under the stop policy: the event it threw on, and the error. */
export interface StoppedAt {
  error: string;
  position: Position;
  eventId: string;
  streamId: string;
  type: string;
  stoppedAt: string;
}

/** One projection as the batch writer runs it: its own checkpoint, and whether it stopped. */
export class ProjectionTrack {
  /** The checkpoint once the batches sent are committed. */
  sent: Position | null;
  /** The checkpoint in the file. */
  committed: Position | null;
  stopped: StoppedAt | null = null;

  constructor(
    readonly projection: Projection,
    checkpoint: Position | null,
  ) {
    this.sent = this.committed = checkpoint;
  }

  /** The checkpoint to skip events up to in the batch being projected; null when the batch starts past it. */
  private skipsTo: Position | null = null;

  /** Before a batch: positions are compared per event only when the batch starts at or before the checkpoint. */
  batchStarts(first: RecordedEvent): void {
    this.skipsTo = this.sent !== null && comparePositions(first.position, this.sent) <= 0 ? this.sent : null;
  }

  /** Whether the event is still to be applied: the projection runs and has not reached it. */
  takes(event: RecordedEvent): boolean {
    return this.stopped === null && (this.skipsTo === null || comparePositions(event.position, this.skipsTo) > 0);
  }

  stop(event: RecordedEvent, error: unknown): void {
    this.stopped = {
      error: errorText(error),
      position: event.position,
      eventId: event.id,
      streamId: event.streamId,
      type: event.type,
      stoppedAt: new Date().toISOString(),
    };
  }
}

/** The earliest of the checkpoints (null, the start of the log, when one is null). */
export function earliest(positions: readonly (Position | null)[]): Position | null {
  if (positions.some((position) => position === null)) return null;
  return [...(positions as Position[])].sort(comparePositions)[0] ?? null;
}
