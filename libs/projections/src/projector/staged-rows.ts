import { Row, RowChange, RowView } from '../projection/projection';
import { TableWriter } from './table-writer';
import { Ops } from './write-thread/protocol';
import { WriteThread } from './write-thread/write-thread';

/** A class, like the rows it holds: see CompanyRow (an object literal per change would be moved to the old generation). */
class Staged {
  constructor(
    readonly key: readonly unknown[],
    /** null: deleted. */
    readonly row: Row | null,
  ) {}
}

interface InFlight {
  row: Row | null;
  /** The batch that writes it. */
  seq: number;
}

/** Rows of cached tables kept between batches, up to this many per table (least recently used out). */
const CACHE_CAPACITY = 1_000;

/**
 * A batch changing fewer rows than this means the projector keeps up with the log (a catch-up writes
 * batches of a thousand events): the time to create deferred indexes.
 */
const KEEPING_UP_ROWS = 100;

/** What a batch sends to the write thread. */
export interface BatchWrites {
  /** The batch's number: 1, 2, 3… */
  seq: number;
  ops: Ops;
  ddl: string[];
}

/**
 * The rows a batch changes, as the write thread's ops. Rows of cached tables (small, read by almost
 * every event) are held in memory until the batch ends, so that a row changed by many events of a
 * batch is written once; changes to other tables go into the ops at once, in order. Reads of cached
 * tables see staged rows first, then rows sent but not yet committed, then the cache, then the
 * committed table; reads of other tables are answered by the write thread, inside the batch.
 */
export class StagedRows implements RowView {
  private readonly staged = new Map<string, Map<string, Staged>>();
  private readonly inFlight = new Map<string, Map<string, InFlight>>();
  private readonly cache = new Map<string, RowCache>();
  private ops: Ops = [];
  /** The number of the batch being staged. */
  private seq = 1;
  /** Rows changed since the batch began. */
  private changes = 0;

  constructor(
    private readonly writers: ReadonlyMap<string, TableWriter>,
    private readonly thread: () => WriteThread,
  ) {
    for (const [name, writer] of writers) {
      if (!writer.spec.cached) continue;
      this.staged.set(name, new Map());
      this.inFlight.set(name, new Map());
      this.cache.set(name, new RowCache(CACHE_CAPACITY));
    }
  }

  get<R extends Row>(table: string, key: readonly unknown[]): R | undefined {
    const staged = this.staged.get(table);
    if (!staged) return this.writerOf(table).get(this.thread(), this.ops, key) as R | undefined;
    const id = keyString(key);
    const changed = staged.get(id) ?? this.inFlight.get(table)!.get(id);
    if (changed) return (changed.row ?? undefined) as R | undefined;
    const cache = this.cache.get(table)!;
    const cached = cache.get(id);
    if (cached !== undefined) return (cached ?? undefined) as R | undefined;
    const row = this.writerOf(table).getCommittedRow(key);
    cache.set(id, row ?? null);
    return row as R | undefined;
  }

  list<R extends Row>(table: string, column: string, value: unknown, orderBy: string): R[] {
    this.writeStaged(table);
    return this.writerOf(table).list(this.thread(), this.ops, column, value, orderBy) as R[];
  }

  /** Stages a change to a cached table; any other goes into the ops at once. */
  apply(change: RowChange): void {
    this.changes++;
    const staged = this.staged.get(change.table);
    const writer = this.writerOf(change.table);
    if (change.op === 'upsert') {
      if (!staged) return writer.upsert(change.row, this.ops);
      const key = writer.spec.key.map((column) => change.row[column]);
      staged.set(keyString(key), new Staged(key, change.row));
    } else {
      if (!staged) return writer.delete(change.key, this.ops);
      staged.set(keyString(change.key), new Staged(change.key, null));
    }
  }

  /** The batch's remaining writes: staged rows, and the deferred indexes once batches are small. */
  endBatch(): BatchWrites {
    for (const table of this.staged.keys()) this.writeStaged(table);
    const ddl = this.changes < KEEPING_UP_ROWS ? [...this.writers.values()].flatMap((writer) => writer.takeDeferredIndexes()) : [];
    this.changes = 0;
    return { seq: this.seq++, ops: this.takeOps(), ddl };
  }

  /** The batch `seq` is committed: its rows are read from the table (or the cache) from now on. */
  committed(seq: number): void {
    for (const inFlight of this.inFlight.values()) {
      for (const [id, entry] of inFlight) if (entry.seq === seq) inFlight.delete(id);
    }
  }

  /** After batches were abandoned: what the cache holds may not be in the file. */
  discard(): void {
    for (const maps of [this.staged, this.inFlight]) for (const map of maps.values()) map.clear();
    for (const cache of this.cache.values()) cache.clear();
    for (const writer of this.writers.values()) writer.recheckDeferredIndexes();
    this.ops = [];
    this.changes = 0;
    this.seq++;
  }

  private takeOps(): Ops {
    const ops = this.ops;
    this.ops = [];
    return ops;
  }

  /** Moves a table's staged rows into the ops of the batch being staged. */
  private writeStaged(table: string): void {
    const staged = this.staged.get(table);
    if (!staged || staged.size === 0) return;
    const writer = this.writerOf(table);
    const cache = this.cache.get(table)!;
    const inFlight = this.inFlight.get(table)!;
    for (const [id, { key, row }] of staged) {
      if (row) writer.upsert(row, this.ops);
      else writer.delete(key, this.ops);
      cache.set(id, row);
      inFlight.set(id, { row, seq: this.seq });
    }
    staged.clear();
  }

  private writerOf(table: string): TableWriter {
    const writer = this.writers.get(table);
    if (!writer) throw new Error(`no projection owns table ${table}`);
    return writer;
  }
}

function keyString(key: readonly unknown[]): string {
  return key.length === 1 ? String(key[0]) : key.join('\u0000');
}

/**
 * Committed rows of one table by key, least recently used first out. null: known to be absent.
 * Holds at most `capacity` rows.
 */
class RowCache {
  private readonly rows = new Map<string, Row | null>();

  constructor(private readonly capacity: number) {}

  /** The row, null when known absent, undefined when not cached. */
  get(id: string): Row | null | undefined {
    const row = this.rows.get(id);
    if (row === undefined) return undefined;
    this.rows.delete(id);
    this.rows.set(id, row);
    return row;
  }

  set(id: string, row: Row | null): void {
    this.rows.delete(id);
    this.rows.set(id, row);
    if (this.rows.size > this.capacity) this.rows.delete(this.rows.keys().next().value as string);
  }

  clear(): void {
    this.rows.clear();
  }
}
