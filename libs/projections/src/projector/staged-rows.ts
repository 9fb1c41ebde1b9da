import { Row, RowChange, RowView } from '../projection/projection';
import { TableWriter } from './table-writer';

interface Staged {
  key: readonly unknown[];
  /** null: deleted. */
  row: Row | null;
}

/** Rows of cached tables kept between batches, up to this many per table (least recently used out). */
const CACHE_CAPACITY = 1_000;

/**
 * A batch changing fewer rows than this means the projector keeps up with the log (a catch-up writes
 * batches of a thousand events): the time to create deferred indexes.
 */
const KEEPING_UP_ROWS = 100;

/**
 * The rows a batch changes. Rows of cached tables (small, read by almost every event) are held in
 * memory until the batch is written, so that a row changed by many events of a batch is written once;
 * changes to other tables go to the table at once, in order, inside the batch's transaction. Reads see
 * staged rows first, then the cache, then the table.
 */
export class StagedRows implements RowView {
  private readonly staged = new Map<string, Map<string, Staged>>();
  private readonly cache = new Map<string, RowCache>();
  /** Rows changed since the batch began. */
  private changes = 0;

  constructor(private readonly writers: ReadonlyMap<string, TableWriter>) {
    for (const [name, writer] of writers) {
      if (!writer.spec.cached) continue;
      this.staged.set(name, new Map());
      this.cache.set(name, new RowCache(CACHE_CAPACITY));
    }
  }

  get<R extends Row>(table: string, key: readonly unknown[]): R | undefined {
    const staged = this.staged.get(table);
    if (!staged) return this.writerOf(table).get(key) as R | undefined;
    const id = keyString(key);
    const changed = staged.get(id);
    if (changed) return (changed.row ?? undefined) as R | undefined;
    const cache = this.cache.get(table)!;
    const cached = cache.get(id);
    if (cached !== undefined) return (cached ?? undefined) as R | undefined;
    const row = this.writerOf(table).get(key);
    cache.set(id, row ?? null);
    return row as R | undefined;
  }

  list<R extends Row>(table: string, column: string, value: unknown, orderBy: string): R[] {
    this.writeTable(table);
    return this.writerOf(table).list(column, value, orderBy) as R[];
  }

  /** Stages a change to a cached table; writes any other at once. To be called inside the batch's transaction. */
  apply(change: RowChange): void {
    this.changes++;
    const staged = this.staged.get(change.table);
    const writer = this.writerOf(change.table);
    if (change.op === 'upsert') {
      if (!staged) return writer.upsert(change.row);
      const key = writer.spec.key.map((column) => change.row[column]);
      staged.set(keyString(key), { key, row: change.row });
    } else {
      if (!staged) return writer.delete(change.key);
      staged.set(keyString(change.key), { key: change.key, row: null });
    }
  }

  /** Writes every staged row, and the deferred indexes once batches are small; inside the batch's transaction. */
  writeAll(): void {
    for (const table of this.staged.keys()) this.writeTable(table);
    if (this.changes < KEEPING_UP_ROWS) for (const writer of this.writers.values()) writer.createDeferredIndexes();
    this.changes = 0;
  }

  /** After a rolled-back transaction: what the cache holds may not be in the file. */
  discard(): void {
    for (const staged of this.staged.values()) staged.clear();
    for (const cache of this.cache.values()) cache.clear();
    for (const writer of this.writers.values()) writer.recheckDeferredIndexes();
    this.changes = 0;
  }

  private writeTable(table: string): void {
    const staged = this.staged.get(table);
    if (!staged || staged.size === 0) return;
    const writer = this.writerOf(table);
    const cache = this.cache.get(table)!;
    for (const [id, { key, row }] of staged) {
      if (row) writer.upsert(row);
      else writer.delete(key);
      cache.set(id, row);
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
