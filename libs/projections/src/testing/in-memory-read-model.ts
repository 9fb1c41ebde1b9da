import type { RecordedEvent } from '@ledger/event-store';
import { tablesOf } from '../projection/index-ddl';
import { JsonText, Projection, Row, RowView } from '../projection/projection';

/** The projections applied to events in memory, without SQL: for given/when/then tests of projections. */
export class InMemoryReadModel implements RowView {
  private readonly tables: Map<string, { key: readonly string[]; rows: Map<string, Row> }>;

  constructor(private readonly projections: readonly Projection[]) {
    this.tables = new Map(tablesOf(projections).map((table) => [table.name, { key: table.key, rows: new Map() }]));
  }

  given(...events: RecordedEvent[]): this {
    for (const event of events) {
      for (const projection of this.projections) {
        for (const change of projection.project(event, this)) {
          const { key, rows } = this.tableOf(change.table);
          if (change.op === 'upsert') rows.set(key.map((column) => change.row[column]).join('\u0000'), asReadBack(change.row));
          else rows.delete(change.key.join('\u0000'));
        }
      }
    }
    return this;
  }

  get<R extends Row>(table: string, key: readonly unknown[]): R | undefined {
    return this.tableOf(table).rows.get(key.join('\u0000')) as R | undefined;
  }

  list<R extends Row>(table: string, where: Row, orderBy: string): R[] {
    const rows = this.rows(table).filter((row) => Object.entries(where).every(([column, value]) => row[column] === value));
    return rows.sort((a, b) => ((a[orderBy] as number) < (b[orderBy] as number) ? -1 : 1)) as R[];
  }

  rows<R extends Row>(table: string): R[] {
    return [...this.tableOf(table).rows.values()] as R[];
  }

  private tableOf(table: string) {
    const found = this.tables.get(table);
    if (!found) throw new Error(`no table ${table}`);
    return found;
  }
}

/** A row as a store gives it back: JSON given as text is parsed. */
function asReadBack(row: Row): Row {
  const values = Object.entries(row).map(([column, value]) => [column, value instanceof JsonText ? JSON.parse(value.text) : value]);
  return Object.fromEntries(values) as Row;
}
