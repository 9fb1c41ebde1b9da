import type Database from 'better-sqlite3';
import { Position, RecordedEvent } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { StagedRows } from './staged-rows';
import { TableWriter, WriteStatements } from './table-writer';
import { WriteThread } from './write-thread/write-thread';

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
  /** Called once a batch is committed, with its checkpoint. */
  onCommitted?: (position: Position) => void;
}

/**
 * Applies batches of events to every projection and moves every checkpoint, each batch in one
 * transaction: the write path shared by the live projector and the rebuild. The projections run on
 * the caller's thread while a thread of its own writes the read store, so projecting one batch
 * overlaps writing the one before. `db` is the caller's connection to the same file: the committed
 * rows of cached tables are read there.
 */
export class ProjectionBatchWriter {
  private readonly statements = new WriteStatements();
  private readonly staged: StagedRows;
  private readonly maxInFlight: number;
  private thread: WriteThread | undefined;
  private inFlight: Promise<void>[] = [];
  private failure: unknown;

  constructor(
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
    private readonly options: BatchWriterOptions = {},
  ) {
    const writers = new Map(projections.flatMap((projection) => projection.tables.map((table) => [table.name, new TableWriter(db, table, this.statements)] as const)));
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
    let writes;
    try {
      for (const event of batch) {
        for (const projection of this.projections) for (const change of projection.project(event, this.staged)) this.staged.apply(change);
      }
      writes = this.staged.endBatch();
    } catch (error) {
      this.failure = error;
      throw error;
    }
    const { seq, ops, ddl } = writes;
    const committed = this.writeThread()
      .commit(seq, ops, ddl, position)
      .then(() => {
        this.staged.committed(seq);
        this.options.onCommitted?.(position);
      });
    committed.catch((error: unknown) => (this.failure ??= error));
    this.inFlight.push(committed);
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
      checkpoints: this.projections.map((projection) => [projection.version, projection.name] as [number, string]),
    };
    this.thread ??= new WriteThread(setup, this.options.idleThreadMs);
    return this.thread;
  }
}
