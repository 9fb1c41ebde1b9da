import type Database from 'better-sqlite3';
import { Position, RecordedEvent, comparePositions } from '@ledger/event-store';
import { DEFAULT_FAILURE_POLICY, FailurePolicies } from '../failure/failure-policy';
import { PARKED_EVENTS_SPEC, PARKED_EVENTS_TABLE, errorText, parkedRow } from '../failure/parked-events';
import { ProjectionTrack, earliest } from '../failure/projection-track';
import { Projection, RowChange, remove, upsert } from '../projection/projection';
import { readCheckpoints } from './read-store';
import { BatchWrites, StagedRows } from './staged-rows';
import { TableWriter, WriteStatements } from './table-writer';
import { CheckpointMove } from './write-thread/protocol';
import { WriteThread, WriteThreadError } from './write-thread/write-thread';

export interface BatchWriterOptions {
  /** Page cache of the write thread's connection, in MiB. */
  cacheMiB?: number;
  /** Pragmas for the write thread's connection, e.g. a fresh build's `synchronous = OFF`. */
  pragmas?: string[];
  /**
   * Batches sent and not yet committed before write() waits. Several, so that projecting goes on while
   * the thread runs a WAL checkpoint inside a commit.
   */
  maxInFlight?: number;
  /** How long the write thread waits for a batch before it ends; the next batch starts another. */
  idleThreadMs?: number;
  /** Called once a batch of the log is committed, with the checkpoint it was sent with. */
  onCommitted?: (position: Position) => void;
  /** What to do with an event a projection throws on. Default: park it. */
  failurePolicies?: FailurePolicies;
}

/** What a replay of parked events did: those applied are no longer parked. */
export interface ReplayOutcome {
  applied: string[];
  failed: { eventId: string; error: string }[];
}

/**
 * Applies batches of events to every projection and moves their checkpoints, each batch in one
 * transaction: the write path shared by the live projector and the rebuild. Each projection has its
 * own checkpoint, and one that throws on an event parks it or stops alone (its failure policy). The projections run on
 * the caller's thread while a thread of its own writes the read store, so projecting one batch
 * overlaps writing the one before. `db` is the caller's connection to the same file: the committed
 * rows of cached tables are read there.
 */
export class ProjectionBatchWriter {
  private readonly statements = new WriteStatements();
  private readonly staged: StagedRows;
  private readonly maxInFlight: number;
  readonly tracks: readonly ProjectionTrack[];
  private thread: WriteThread | undefined;
  private inFlight: Promise<void>[] = [];
  private failure: unknown;
  /** What the last projection that threw threw. */
  private lastError: unknown;

  constructor(
    private readonly db: Database.Database,
    projections: readonly Projection[],
    private readonly options: BatchWriterOptions = {},
  ) {
    const tables = [...projections.flatMap((projection) => projection.tables), PARKED_EVENTS_SPEC];
    const writers = new Map(tables.map((table) => [table.name, new TableWriter(db, table, this.statements)] as const));
    const checkpoints = new Map(readCheckpoints(db).map((row) => [row.name, row.position]));
    this.tracks = projections.map((projection) => new ProjectionTrack(projection, checkpoints.get(projection.name) ?? null));
    this.staged = new StagedRows(writers, () => this.writeThread());
    this.maxInFlight = options.maxInFlight ?? 8;
    // Started now rather than at the first batch: the thread loads its code while the projector gets ready.
    this.writeThread();
  }

  /**
   * Projects the batch and sends its writes; resolves once fewer than maxInFlight batches await their
   * commit. `position`: the checkpoint after the batch, at least its last event's (later when events
   * were skipped). Rejects when a batch failed: reset() before writing again.
   */
  write(batch: readonly RecordedEvent[], position: Position): Promise<void> {
    try {
      this.send(batch, position);
    } catch (error) {
      return Promise.reject(error);
    }
    // Not an async function: a suspended one would hold the batch's events until the window opens,
    // long enough for the garbage collector to move them to the old generation.
    return this.room();
  }

  private send(batch: readonly RecordedEvent[], position: Position): void {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the failure caught earlier, rethrown unchanged
    if (this.failure !== undefined) throw this.failure;
    let writes: BatchWrites;
    const before = this.tracks.map((track) => track.sent);
    try {
      if (batch.length > 0) for (const track of this.tracks) track.batchStarts(batch[0]);
      for (const event of batch) {
        for (const track of this.tracks) if (track.takes(event)) this.applyEvent(track, event);
      }
      for (const track of this.tracks) if (track.stopped === null && (track.sent === null || comparePositions(track.sent, position) < 0)) track.sent = position;
      writes = this.staged.endBatch();
    } catch (error) {
      this.failure = error;
      throw error;
    }
    void this.commit(
      writes,
      this.tracks.filter((track, i) => track.sent !== before[i]),
      position,
    );
  }

  private applyEvent(track: ProjectionTrack, event: RecordedEvent): void {
    const changes = this.project(track, event);
    if (changes) {
      for (const change of changes) this.staged.apply(change);
    } else if ((this.options.failurePolicies?.(track.projection.name) ?? DEFAULT_FAILURE_POLICY) === 'stop') {
      return track.stop(event, this.lastError);
    } else {
      this.staged.apply(upsert(PARKED_EVENTS_TABLE, parkedRow(track.projection.name, event, this.lastError)));
    }
    track.sent = event.position;
  }

  /** The projection's changes, or null when it threw (the error in lastError); a failing read store throws on. */
  private project(track: ProjectionTrack, event: RecordedEvent): RowChange[] | null {
    try {
      return track.projection.project(event, this.staged);
    } catch (error) {
      if (error instanceof WriteThreadError) throw error;
      this.lastError = error;
      return null;
    }
  }

  /**
   * Applies parked events to their projection again, out of log order: those it now applies leave the
   * parked table in the same transaction; the others stay, with their new error.
   */
  replay(name: string, events: readonly RecordedEvent[]): Promise<ReplayOutcome> {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the write thread's failure, passed on as it came
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const track = this.tracks.find((candidate) => candidate.projection.name === name);
    if (!track) return Promise.reject(new Error(`no projection ${name}`));
    const outcome: ReplayOutcome = { applied: [], failed: [] };
    try {
      for (const event of events) {
        const changes = this.project(track, event);
        if (changes === null) {
          outcome.failed.push({ eventId: event.id, error: errorText(this.lastError) });
          this.staged.apply(upsert(PARKED_EVENTS_TABLE, parkedRow(name, event, this.lastError)));
          continue;
        }
        for (const change of changes) this.staged.apply(change);
        this.staged.apply(remove(PARKED_EVENTS_TABLE, [name, event.position]));
        outcome.applied.push(event.id);
      }
      return this.commit(this.staged.endBatch(), [], null).then(() => outcome);
    } catch (error) {
      this.failure = error;
      return Promise.reject(error);
    }
  }

  /** Lets a stopped projection take events again, from its checkpoint; true when it was stopped. */
  resume(name: string): boolean {
    const track = this.tracks.find((candidate) => candidate.projection.name === name);
    if (!track?.stopped) return false;
    track.stopped = null;
    return true;
  }

  /** Where reading the log goes on from: the earliest checkpoint of the projections that run. */
  startPosition(): Position | null {
    const running = this.tracks.filter((track) => track.stopped === null);
    return earliest((running.length > 0 ? running : this.tracks).map((track) => track.committed));
  }

  private commit({ seq, ops, ddl }: BatchWrites, moved: readonly ProjectionTrack[], position: Position | null): Promise<void> {
    const checkpoints: CheckpointMove[] = moved.map((track) => ({ name: track.projection.name, version: track.projection.version, position: track.sent! }));
    const committed = this.writeThread()
      .commit(seq, ops, ddl, checkpoints)
      .then(() => {
        this.staged.committed(seq);
        for (const { name, position } of checkpoints) this.tracks.find((track) => track.projection.name === name)!.committed = position;
        if (position !== null) this.options.onCommitted?.(position);
      });
    committed.catch((error: unknown) => (this.failure ??= error));
    this.inFlight.push(committed);
    return committed;
  }

  private async room(): Promise<void> {
    while (this.inFlight.length >= this.maxInFlight) await this.inFlight.shift();
  }

  /** Resolves once every batch sent is committed; rejects when one failed. */
  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the failure caught earlier, rethrown unchanged
    if (this.failure !== undefined) throw this.failure;
  }

  /** After a failure: forgets every batch not committed, so that writing can go on from the last one that was. */
  async reset(): Promise<void> {
    await this.thread?.reset();
    this.inFlight = [];
    this.failure = undefined;
    this.staged.discard();
    for (const track of this.tracks) track.sent = track.committed;
  }

  /** Waits for the batches sent (failed or not) and ends the write thread. */
  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    this.inFlight = [];
    await this.thread?.close();
    this.thread = undefined;
  }

  /** True while the write thread runs. */
  get writing(): boolean {
    return this.thread?.running ?? false;
  }

  private writeThread(): WriteThread {
    const setup = {
      file: this.db.name,
      cacheMiB: this.options.cacheMiB ?? 8,
      pragmas: this.options.pragmas ?? [],
      statements: this.statements.list,
    };
    this.thread ??= new WriteThread(setup, this.options.idleThreadMs);
    return this.thread;
  }
}
