import type Database from 'better-sqlite3';
import { Row, TableSpec } from '../projection/projection';

type ToSql = (value: unknown) => unknown;

const jsonText: ToSql = (value) => JSON.stringify(value);
const plainValue: ToSql = (value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value === undefined ? null : value);

/** The prepared statements of one projection table, and the mapping between rows and SQL values. */
export class TableWriter {
  private readonly upsertRow: Database.Statement<unknown[]>;
  private readonly deleteRow: Database.Statement<unknown[]>;
  private readonly getRow: Database.Statement<unknown[], Row>;
  private readonly lists = new Map<string, Database.Statement<[unknown], Row>>();
  private readonly json: readonly string[];
  /** Per column, in order: how its value is bound. */
  private readonly toSql: readonly ToSql[];

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
  }

  upsert(row: Row): void {
    const { columns } = this.spec;
    const values = new Array<unknown>(columns.length);
    for (let i = 0; i < columns.length; i++) values[i] = this.toSql[i](row[columns[i]]);
    this.upsertRow.run(values);
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

  private fromSql(row: Row): Row {
    for (const column of this.json) row[column] = JSON.parse(row[column] as string);
    return row;
  }

  private assertColumn(column: string): void {
    if (!this.spec.columns.includes(column)) throw new Error(`${this.spec.name} has no column ${column}`);
  }
}
