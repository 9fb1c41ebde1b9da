import { Row, RowChange, RowView } from '../projection/projection';
import { TableWriter } from './table-writer';

interface Staged {
  key: readonly unknown[];
  /** null: deleted. */
  row: Row | null;
}

/** Rows of cached tables kept between batches, up to this many per table (then the cache starts over). */
const CACHE_CAPACITY = 2_000;

/**
 * The rows a batch changes, held in memory until the batch is written, so that a row changed by many
 * events of a batch is written once. Reads see staged rows first, then the cache, then the table.
 */
export class StagedRows implements RowView {
  private readonly staged = new Map<string, Map<string, Staged>>();
  private readonly cache = new Map<string, Map<string, Row | null>>();

  constructor(private readonly writers: ReadonlyMap<string, TableWriter>) {
    for (const [name, writer] of writers) {
      this.staged.set(name, new Map());
      if (writer.spec.cached) this.cache.set(name, new Map());
    }
  }

  get<R extends Row>(table: string, key: readonly unknown[]): R | undefined {
    const id = keyString(key);
    const staged = this.stagedOf(table).get(id);
    if (staged) return (staged.row ?? undefined) as R | undefined;
    const cache = this.cache.get(table);
    const cached = cache?.get(id);
    if (cached !== undefined) return (cached ?? undefined) as R | undefined;
    const row = this.writerOf(table).get(key);
    cache?.set(id, row ?? null);
    return row as R | undefined;
  }

  list<R extends Row>(table: string, column: string, value: unknown, orderBy: string): R[] {
    this.writeTable(table);
    return this.writerOf(table).list(column, value, orderBy) as R[];
  }

  apply(change: RowChange): void {
    const staged = this.stagedOf(change.table);
    if (change.op === 'upsert') {
      const key = this.writerOf(change.table).spec.key.map((column) => change.row[column]);
      staged.set(keyString(key), { key, row: change.row });
    } else {
      staged.set(keyString(change.key), { key: change.key, row: null });
    }
  }

  /** Writes every staged row; to be called inside the batch's transaction. */
  writeAll(): void {
    for (const table of this.staged.keys()) this.writeTable(table);
  }

  /** After a rolled-back transaction: what the cache holds may not be in the file. */
  discard(): void {
    for (const staged of this.staged.values()) staged.clear();
    for (const cache of this.cache.values()) cache.clear();
  }

  private writeTable(table: string): void {
    const staged = this.stagedOf(table);
    if (staged.size === 0) return;
    const writer = this.writerOf(table);
    const cache = this.cache.get(table);
    if (cache && cache.size + staged.size > CACHE_CAPACITY) cache.clear();
    for (const [id, { key, row }] of staged) {
      if (row) writer.upsert(row);
      else writer.delete(key);
      cache?.set(id, row);
    }
    staged.clear();
  }

  private stagedOf(table: string): Map<string, Staged> {
    const staged = this.staged.get(table);
    if (!staged) throw new Error(`no projection owns table ${table}`);
    return staged;
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
