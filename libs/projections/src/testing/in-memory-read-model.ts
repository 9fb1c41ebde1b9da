import type { RecordedEvent } from '@ledger/event-store';
import { JsonText, Projection, Row, RowView } from '../projection/projection';

/** The projections applied to events in memory, without SQL: for given/when/then tests of projections. */
export class InMemoryReadModel implements RowView {
  private readonly tables = new Map<string, Map<string, Row>>();
  private readonly keys = new Map<string, readonly string[]>();

  constructor(private readonly projections: readonly Projection[]) {
    for (const projection of projections) {
      for (const table of projection.tables) {
        this.tables.set(table.name, new Map());
        this.keys.set(table.name, table.key);
      }
    }
  }

  given(...events: RecordedEvent[]): this {
    for (const event of events) {
      for (const projection of this.projections) {
        for (const change of projection.project(event, this)) {
          const rows = this.rowsOf(change.table);
          if (change.op === 'upsert') rows.set(this.keyOf(change.table, change.row), asReadBack(change.row));
          else rows.delete(change.key.join('\u0000'));
        }
      }
    }
    return this;
  }

  get<R extends Row>(table: string, key: readonly unknown[]): R | undefined {
    return this.rowsOf(table).get(key.join('\u0000')) as R | undefined;
  }

  list<R extends Row>(table: string, where: Row, orderBy: string): R[] {
    const rows = [...this.rowsOf(table).values()].filter((row) => Object.entries(where).every(([column, value]) => row[column] === value));
    return rows.sort((a, b) => ((a[orderBy] as number) < (b[orderBy] as number) ? -1 : 1)) as R[];
  }

  rows<R extends Row>(table: string): R[] {
    return [...this.rowsOf(table).values()] as R[];
  }

  private keyOf(table: string, row: Row): string {
    return (this.keys.get(table) ?? []).map((column) => row[column]).join('\u0000');
  }

  private rowsOf(table: string): Map<string, Row> {
    const rows = this.tables.get(table);
    if (!rows) throw new Error(`no table ${table}`);
    return rows;
  }
}

/** A row as a store gives it back: JSON given as text is parsed. */
function asReadBack(row: Row): Row {
  const values = Object.entries(row).map(([column, value]) => [column, value instanceof JsonText ? JSON.parse(value.text) : value]);
  return Object.fromEntries(values) as Row;
}
