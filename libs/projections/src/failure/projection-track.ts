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

  /** Whether the event is still to be applied: the projection runs and has not reached it. */
  takes(event: RecordedEvent): boolean {
    return this.stopped === null && (this.sent === null || comparePositions(event.position, this.sent) > 0);
  }

  stop(event: RecordedEvent, error: unknown): void {
    this.stopped = { error: errorText(error), position: event.position, eventId: event.id, streamId: event.streamId, type: event.type, stoppedAt: new Date().toISOString() };
  }
}

/** The earliest of the checkpoints (null, the start of the log, when one is null). */
export function earliest(positions: readonly (Position | null)[]): Position | null {
  if (positions.some((position) => position === null)) return null;
  return [...(positions as Position[])].sort(comparePositions)[0] ?? null;
}
