import type Database from 'better-sqlite3';
import { createIndexes, indexName, indexStatements } from '../projection/index-ddl';
import { JsonText, Projection, Row, TableSpec } from '../projection/projection';
import { Ops, SqlValue, WriteStatement } from './write-thread/protocol';
import { WriteThread } from './write-thread/write-thread';

type ToSql = (value: unknown) => unknown;

/** Text as it is (a string value serialised here); any other value serialised by the write thread. */
const jsonValue: ToSql = (value) => (value instanceof JsonText ? value.text : typeof value === 'string' ? JSON.stringify(value) : value);
const plainValue: ToSql = (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value === undefined ? null : value);

/** Registers the write statements every table uses; their order is the thread's statement index. */
export class WriteStatements {
  readonly list: WriteStatement[] = [];

  add(sql: string, json: boolean[]): number {
    this.list.push({ sql, json });
    return this.list.length - 1;
  }
}

/**
 * One projection table: its rows as SQL values written into a batch's ops, committed rows read on the
 * projector's own connection, and rows of the batch being written read through the write thread.
 */
export class TableWriter {
  private readonly upsertStatement: number;
  private readonly deleteStatement: number;
  private readonly getCommitted: Database.Statement<unknown[], Row>;
  private readonly getSql: string;
  private readonly json: readonly string[];
  /** Per column, in order: how its value is bound. */
  private readonly toSql: readonly ToSql[];
  /** Index statements left out while the table is filled from empty (TableSpec.deferIndexes). */
  private deferred: readonly string[] = [];

  constructor(
    private readonly db: Database.Database,
    readonly spec: TableSpec,
    statements: WriteStatements,
  ) {
    const { name, columns, key } = spec;
    this.json = spec.json ?? [];
    const values = columns.map(() => '?').join(', ');
    const updates = columns.filter((column) => !key.includes(column)).map((column) => `${column} = excluded.${column}`);
    const byKey = key.map((column) => `${column} = ?`).join(' AND ');
    const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
    this.upsertStatement = statements.add(
      `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${values}) ON CONFLICT (${key.join(', ')}) ${onConflict}`,
      columns.map((column) => this.json.includes(column)),
    );
    this.deleteStatement = statements.add(
      `DELETE FROM ${name} WHERE ${byKey}`,
      key.map(() => false),
    );
    this.getSql = `SELECT ${columns.join(', ')} FROM ${name} WHERE ${byKey}`;
    this.getCommitted = db.prepare(this.getSql);
    this.toSql = columns.map((column) => (this.json.includes(column) ? jsonValue : plainValue));
    if (spec.deferIndexes) this.deferIndexes();
  }

  upsert(row: Row, ops: Ops): void {
    const { columns } = this.spec;
    ops.push(this.upsertStatement);
    for (let i = 0; i < columns.length; i++) ops.push(this.toSql[i](row[columns[i]]));
  }

  delete(key: readonly unknown[], ops: Ops): void {
    ops.push(this.deleteStatement);
    for (const value of key) ops.push(value);
  }

  /** The row as last committed. */
  getCommittedRow(key: readonly unknown[]): Row | undefined {
    const row = this.getCommitted.get(key);
    return row && this.fromSql(row);
  }

  /** The row as it is in the batch being written, after `ops`. */
  get(thread: WriteThread, ops: Ops, key: readonly unknown[]): Row | undefined {
    const [row] = thread.query(ops.splice(0), this.getSql, key as SqlValue[]);
    return row && this.fromSql(row);
  }

  /** Rows as they are in the batch being written, after `ops`. */
  list(thread: WriteThread, ops: Ops, column: string, value: unknown, orderBy: string): Row[] {
    this.assertColumn(column);
    this.assertColumn(orderBy);
    const sql = `SELECT ${this.spec.columns.join(', ')} FROM ${this.spec.name} WHERE ${column} = ? ORDER BY ${orderBy}`;
    return thread.query(ops.splice(0), sql, [value as SqlValue]).map((row) => this.fromSql(row));
  }

  /** The deferred indexes' DDL, to run in the batch being written; none after that. */
  takeDeferredIndexes(): string[] {
    const ddl = [...this.deferred];
    this.deferred = [];
    return ddl;
  }

  /** After a batch was abandoned: the indexes it would have created may not exist. */
  recheckDeferredIndexes(): void {
    if (this.spec.deferIndexes) this.deferred = indexStatements(this.spec).filter((ddl) => !indexExists(this.db, ddl));
  }

  /**
   * An empty table is filled without its query indexes; a table that has rows keeps them (or gets
   * them now, when an earlier catch-up ended before they were made).
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

  private fromSql(row: Row): Row {
    for (const column of this.json) row[column] = JSON.parse(row[column] as string);
    return row;
  }

  private assertColumn(column: string): void {
    if (!this.spec.columns.includes(column)) throw new Error(`${this.spec.name} has no column ${column}`);
  }
}

/**
 * Creates every deferred index of the projections' tables now, in one transaction: for a read model
 * that must answer cross-company queries at once, e.g. at the end of a timed catch-up.
 */
export function createDeferredIndexes(db: Database.Database, projections: readonly Projection[]): void {
  createIndexes(
    db,
    projections.flatMap((projection) => projection.tables).filter((table) => table.deferIndexes),
  );
}

function indexExists(db: Database.Database, ddl: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(indexName(ddl)) !== undefined;
}
