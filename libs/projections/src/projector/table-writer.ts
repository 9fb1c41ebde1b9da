import type Database from 'better-sqlite3';
import { Projection, Row, TableSpec } from '../projection/projection';

type ToSql = (value: unknown) => unknown;

const jsonText: ToSql = (value) => JSON.stringify(value);
const plainValue: ToSql = (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value === undefined ? null : value);

const CREATE_INDEX = /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/i;

/** The prepared statements of one projection table, and the mapping between rows and SQL values. */
export class TableWriter {
  private readonly upsertRow: Database.Statement<unknown[]>;
  private readonly deleteRow: Database.Statement<unknown[]>;
  private readonly getRow: Database.Statement<unknown[], Row>;
  private readonly lists = new Map<string, Database.Statement<[unknown], Row>>();
  private readonly json: readonly string[];
  /** Per column, in order: how its value is bound. */
  private readonly toSql: readonly ToSql[];
  /** The values of the row being written, reused: a statement copies them when it runs. */
  private readonly values: unknown[];
  /** Index statements left out while the table is filled from empty (TableSpec.deferIndexes). */
  private deferred: readonly string[] = [];

  constructor(
    private readonly db: Database.Database,
    readonly spec: TableSpec,
  ) {
    const { name, columns, key } = spec;
    const values = columns.map(() => '?').join(', ');
    const updates = columns.filter((column) => !key.includes(column)).map((column) => `${column} = excluded.${column}`);
    const byKey = key.map((column) => `${column} = ?`).join(' AND ');
    this.upsertRow = db.prepare(`INSERT INTO ${name} (${columns.join(', ')}) VALUES (${values}) ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${updates.join(', ')}`);
    this.deleteRow = db.prepare(`DELETE FROM ${name} WHERE ${byKey}`);
    this.getRow = db.prepare(`SELECT ${columns.join(', ')} FROM ${name} WHERE ${byKey}`);
    this.json = spec.json ?? [];
    this.toSql = columns.map((column) => (this.json.includes(column) ? jsonText : plainValue));
    this.values = new Array<unknown>(columns.length);
    if (spec.deferIndexes) this.deferIndexes();
  }

  upsert(row: Row): void {
    const { columns } = this.spec;
    const values = this.values;
    for (let i = 0; i < columns.length; i++) values[i] = this.toSql[i](row[columns[i]]);
    this.upsertRow.run(values);
    values.fill(undefined);
  }

  delete(key: readonly unknown[]): void {
    this.deleteRow.run(key as unknown[]);
  }

  get(key: readonly unknown[]): Row | undefined {
    const row = this.getRow.get(key as unknown[]);
    return row && this.fromSql(row);
  }

  list(column: string, value: unknown, orderBy: string): Row[] {
    this.assertColumn(column);
    this.assertColumn(orderBy);
    const shape = `${column}/${orderBy}`;
    let statement = this.lists.get(shape);
    if (!statement) {
      statement = this.db.prepare(`SELECT ${this.spec.columns.join(', ')} FROM ${this.spec.name} WHERE ${column} = ? ORDER BY ${orderBy}`);
      this.lists.set(shape, statement);
    }
    return statement.all(value).map((row) => this.fromSql(row));
  }

  /** Creates the deferred indexes (inside the caller's transaction, if any). */
  createDeferredIndexes(): void {
    for (const ddl of this.deferred) this.db.exec(ddl);
    this.deferred = [];
  }

  /** After a rolled-back transaction: the indexes it created are gone again. */
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
      this.db.transaction(() => indexes.forEach((ddl) => this.db.exec(ddl)))();
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
  const tables = projections.flatMap((projection) => projection.tables).filter((table) => table.deferIndexes);
  db.transaction(() => tables.flatMap(indexStatements).forEach((ddl) => db.exec(ddl)))();
}

function indexStatements(spec: TableSpec): string[] {
  return spec.ddl.filter((ddl) => CREATE_INDEX.test(ddl));
}

function indexName(ddl: string): string {
  return CREATE_INDEX.exec(ddl)![1];
}

function indexExists(db: Database.Database, ddl: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(indexName(ddl)) !== undefined;
}
