import type Database from 'better-sqlite3';
import { createIndexes, hasTable, indexName, indexStatements, tablesOf } from '../projection/index-ddl';
import { JsonText, Projection, Row, TableSpec } from '../projection/projection';

/** Rows of a cached table kept in memory, up to this many (least recently used out). */
const CACHE_CAPACITY = 1_000;

/**
 * One projection table on the projector's own connection: rows written and read inside the open
 * transaction, so a projection reads what the batch has changed so far. A cached table (TableSpec.cached)
 * keeps the rows last written or read, which saves parsing its JSON again, and writes a row changed
 * several times in a batch once, when the batch ends (writeChanged, before the commit); forget()
 * empties both after a rollback.
 */
export class TableRows {
  private readonly upsertStatement: Database.Statement<unknown[]>;
  private readonly deleteStatement: Database.Statement<unknown[]>;
  private readonly getStatement: Database.Statement<unknown[], Row>;
  private readonly listStatements = new Map<string, Database.Statement<unknown[], Row>>();
  private readonly json: readonly string[];
  private readonly cache: Map<string, Row | null> | undefined;
  /** Rows of a cached table upserted in this batch and not yet written, by key. */
  private readonly changed = new Map<string, Row>();
  /** Index statements left out while the table is filled from empty (TableSpec.deferIndexes). */
  private deferred: readonly string[] = [];

  constructor(
    private readonly db: Database.Database,
    readonly spec: TableSpec,
  ) {
    const { name, columns, key } = spec;
    this.json = spec.json ?? [];
    const byKey = key.map((column) => `${column} = ?`).join(' AND ');
    const updates = columns.filter((column) => !key.includes(column)).map((column) => `${column} = excluded.${column}`);
    const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
    const values = columns.map(() => '?').join(', ');
    this.upsertStatement = db.prepare(`INSERT INTO ${name} (${columns.join(', ')}) VALUES (${values}) ON CONFLICT (${key.join(', ')}) ${onConflict}`);
    this.deleteStatement = db.prepare(`DELETE FROM ${name} WHERE ${byKey}`);
    this.getStatement = db.prepare(`SELECT ${columns.join(', ')} FROM ${name} WHERE ${byKey}`);
    this.cache = spec.cached ? new Map() : undefined;
    if (spec.deferIndexes) this.deferIndexes();
  }

  upsert(row: Row): void {
    const key = this.spec.key.map((column) => row[column]);
    if (this.cache) this.changed.set(keyString(key), row);
    else this.write(row);
    this.remember(key, row);
  }

  delete(key: readonly unknown[]): void {
    this.changed.delete(keyString(key));
    this.deleteStatement.run(key);
    this.remember(key, null);
  }

  /** Writes the rows of a cached table changed since the last call: once each, however often they changed. */
  writeChanged(): void {
    for (const row of this.changed.values()) this.write(row);
    this.changed.clear();
  }

  get(key: readonly unknown[]): Row | undefined {
    const id = keyString(key);
    const changed = this.changed.get(id);
    if (changed) return changed;
    const cached = this.cache?.get(id);
    if (cached !== undefined) return cached ?? undefined;
    const stored = this.getStatement.get(key);
    const row = stored && this.fromSql(stored);
    this.remember(key, row ?? null);
    return row;
  }

  /** Rows whose columns equal `where`'s values, ordered by `orderBy`. */
  list(where: Row, orderBy: string): Row[] {
    const columns = Object.keys(where);
    for (const name of [...columns, orderBy]) if (!this.spec.columns.includes(name)) throw new Error(`${this.spec.name} has no column ${name}`);
    this.writeChanged();
    const sql = `SELECT ${this.spec.columns.join(', ')} FROM ${this.spec.name} WHERE ${columns.map((column) => `${column} = ?`).join(' AND ')} ORDER BY ${orderBy}`;
    let statement = this.listStatements.get(sql);
    if (!statement) this.listStatements.set(sql, (statement = this.db.prepare<unknown[], Row>(sql)));
    return statement.all(Object.values(where)).map((row) => this.fromSql(row));
  }

  /** After a rollback: the cache may hold rows the file does not, and the deferred indexes may not exist. */
  forget(): void {
    this.cache?.clear();
    this.changed.clear();
    if (this.spec.deferIndexes) this.deferred = indexStatements(this.spec).filter((ddl) => !hasTable(this.db, indexName(ddl), { type: 'index' }));
  }

  /** Creates the deferred indexes, in the open transaction; none after that. */
  createDeferredIndexes(): void {
    for (const ddl of this.deferred) this.db.exec(ddl);
    this.deferred = [];
  }

  private write(row: Row): void {
    this.upsertStatement.run(this.spec.columns.map((column) => this.toSql(column, row[column])));
  }

  private remember(key: readonly unknown[], row: Row | null): void {
    if (!this.cache) return;
    const id = keyString(key);
    this.cache.delete(id);
    this.cache.set(id, row);
    if (this.cache.size > CACHE_CAPACITY) this.cache.delete(this.cache.keys().next().value as string);
  }

  private toSql(column: string, value: unknown): unknown {
    if (this.json.includes(column)) return value instanceof JsonText ? value.text : JSON.stringify(value);
    return typeof value === 'boolean' ? (value ? 1 : 0) : value === undefined ? null : value;
  }

  private fromSql(row: Row): Row {
    for (const column of this.json) row[column] = JSON.parse(row[column] as string);
    return row;
  }

  /**
   * An empty table is filled without its query indexes, created (one sort) once the projector keeps up
   * with the log; a table that has rows keeps them (or gets them now, when a catch-up ended before).
   */
  private deferIndexes(): void {
    const indexes = indexStatements(this.spec);
    if (this.db.prepare(`SELECT 1 FROM ${this.spec.name} LIMIT 1`).get() === undefined) {
      for (const ddl of indexes) this.db.exec(`DROP INDEX IF EXISTS ${indexName(ddl)}`);
      this.deferred = indexes;
    } else {
      createIndexes(this.db, [this.spec]);
    }
  }
}

function keyString(key: readonly unknown[]): string {
  return key.length === 1 ? String(key[0]) : key.join('\u0000');
}

/**
 * Creates every deferred index of the projections' tables now, in one transaction: for a read model
 * that must answer cross-company queries at once, e.g. at the end of a timed catch-up.
 */
export function createDeferredIndexes(db: Database.Database, projections: readonly Projection[]): void {
  createIndexes(
    db,
    tablesOf(projections).filter((table) => table.deferIndexes),
  );
}
