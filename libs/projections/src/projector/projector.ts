import type Database from 'better-sqlite3';
import { COMPANY_STREAMS } from '@ledger/disclosures';
import { EventStore, Position, RecordedEvent, Subscription } from '@ledger/event-store';
import type { FailurePolicies } from '@ledger/settings';
import { setTimeout as sleep } from 'node:timers/promises';
import { listParked } from '../failure/parked-events';
import { StoppedAt, earliest } from '../failure/projection-track';
import { Projection } from '../projection/projection';
import { CheckpointWaits } from './checkpoint-waits';
import { applyReadSchema, readCheckpoints, resetReadModel, staleProjections } from './read-store';
import { ProjectionBatchWriter, ReplayOutcome } from './batch-writer';

/** Events applied in one transaction unless ProjectorOptions.maxBatchEvents says otherwise. */
export const DEFAULT_MAX_BATCH_EVENTS = 1_000;

export interface ProjectorOptions {
  /** Most events applied in one transaction. */
  maxBatchEvents?: number;
  /** Longest a received event waits before its batch is written, when events keep coming. */
  maxBatchMs?: number;
  /** Pause before subscribing again after a failure. */
  retryDelayMs?: number;
  onError?: (error: unknown) => void;
  /** What to do with an event a projection throws on. Default: park it. */
  failurePolicies?: FailurePolicies;
  /** Called after each batch is committed. */
  onCommitted?: () => void;
}

/** One projection as its projector runs it. */
export interface ProjectionRun {
  name: string;
  version: number;
  checkpoint: Position | null;
  /** Where it stopped, under the stop policy; null while it runs. */
  stopped: StoppedAt | null;
}

/**
 * Subscribes to the log from the projections' earliest checkpoint and applies events in batches, each in
 * one transaction that also moves the checkpoints: a crash at any instant neither loses nor repeats an
 * event. Its checkpoint is that of the projections that run (a stopped one is left out), and never goes back.
 */
export class Projector {
  private readonly writer: ProjectionBatchWriter;
  private readonly waits: CheckpointWaits;
  private readonly maxBatchEvents: number;
  private readonly maxBatchMs: number;
  private pending: RecordedEvent[] = [];
  private received = 0;
  private batchStartedAt = 0;
  private idleCheck: NodeJS.Immediate | undefined;
  private subscription: Subscription | undefined;
  private failure: unknown;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.maxBatchEvents = options.maxBatchEvents ?? DEFAULT_MAX_BATCH_EVENTS;
    this.maxBatchMs = options.maxBatchMs ?? 50;
    // A read model that other projection versions wrote is projected again in place. A served one never gets
    // here: it keeps serving, frozen, while a rebuild into a new file replaces it (see SwitchingReadModel).
    if (staleProjections(readCheckpoints(db), projections).length > 0) resetReadModel(db, projections);
    applyReadSchema(db, projections);
    this.writer = new ProjectionBatchWriter(db, projections, options.failurePolicies);
    this.waits = new CheckpointWaits(this.writer.startPosition());
  }

  /** The log position of the last event applied, or null before the first. */
  get checkpoint(): Position | null {
    return this.waits.position;
  }

  start(): void {
    this.running ??= this.run();
  }

  /** Writes what was received, stops the subscription and ends every wait. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.close();
    await this.running;
    this.waits.abandon();
  }

  /** True once the read model has applied the event at `position`; false after timeoutMs. */
  waitFor(position: Position, timeoutMs: number): Promise<boolean> {
    return this.waits.wait(position, timeoutMs);
  }

  /** Each projection: its checkpoint, and where it stopped if it did. */
  runs(): ProjectionRun[] {
    return this.writer.tracks.map(({ projection, committed, stopped }) => ({
      name: projection.name,
      version: projection.version,
      checkpoint: committed,
      stopped,
    }));
  }

  /** Lets a stopped projection go on from its checkpoint (it takes the event it stopped at again); false when it was not stopped. */
  resume(name: string): boolean {
    if (!this.writer.resume(name)) return false;
    // Subscribes again, from the earliest checkpoint: the others skip the events they have applied.
    void this.subscription?.close();
    return true;
  }

  /** Applies the projection's parked events again (after a fix); those that apply are no longer parked. */
  async replay(name: string): Promise<ReplayOutcome> {
    const parked = listParked(this.db, name);
    const events = await Promise.all(parked.map(({ streamId, revision }) => this.store.readStream(streamId, { fromRevision: revision, maxCount: 1 })));
    return this.writer.replay(name, events.flat());
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.failure = undefined;
      const subscription = this.store.subscribeToAll({ from: this.writer.startPosition() ?? 'start', filter: COMPANY_STREAMS });
      this.subscription = subscription;
      try {
        for await (const event of subscription) {
          this.pending.push(event);
          this.received++;
          if (this.pending.length >= this.maxBatchEvents) this.flush();
          else this.scheduleIdleFlush();
        }
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the failure caught earlier, rethrown unchanged
        if (this.failure !== undefined) throw this.failure;
        this.flush();
      } catch (error) {
        // The next subscription starts after the last batch committed.
        this.pending = [];
        if (this.stopping) return;
        this.options.onError?.(error);
        await sleep(this.options.retryDelayMs ?? 1_000);
      } finally {
        await subscription.close();
      }
    }
  }

  /**
   * Writes the batch once the subscription pauses (nothing new after a turn of the event loop) or once
   * it is maxBatchMs old: a live event is visible at once, a catch-up is written in large batches.
   */
  private scheduleIdleFlush(): void {
    if (this.idleCheck) return;
    if (this.pending.length === 1) this.batchStartedAt = Date.now();
    const seen = this.received;
    this.idleCheck = setImmediate(() => {
      this.idleCheck = undefined;
      if (this.pending.length === 0) return;
      if (this.received !== seen && Date.now() - this.batchStartedAt < this.maxBatchMs) return this.scheduleIdleFlush();
      try {
        this.flush();
      } catch (error) {
        this.failure ??= error;
        void this.subscription?.close();
      }
    });
  }

  /** Projects the pending events and commits them with the checkpoints. */
  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.writer.write(batch, batch[batch.length - 1].position);
    const running = this.writer.tracks.filter((track) => track.stopped === null);
    this.waits.advance(earliest(running.map((track) => track.committed)));
    this.options.onCommitted?.();
  }
}
