import type Database from 'better-sqlite3';

/** Values bound per event row, in this order: stream_id, revision, event_id, type, data, metadata, prev_hash, hash. */
export const VALUES_PER_ROW = 8;

/**
 * Rows per INSERT statement. One statement for many rows costs the driver one call instead of one per
 * row, which is about a fifth of what inserting a row costs; beyond a dozen rows it gains no more.
 */
const MAX_ROWS_PER_STATEMENT = 16;

/** Inserts events, many rows per statement; statements for each row count are prepared when first needed. */
export class EventInserter {
  private readonly statements: Database.Statement<unknown[]>[] = [];

  constructor(private readonly db: Database.Database) {
    // The statements of single events and of whole statements' worth of a batch: prepared with the store.
    this.statementFor(1);
    this.statementFor(MAX_ROWS_PER_STATEMENT);
  }

  /**
   * Inserts the rows whose values are laid end to end in `values`, at consecutive positions (the
   * writer holds the file's write lock). Returns the last row's position.
   */
  insert(values: unknown[]): number {
    const rows = values.length / VALUES_PER_ROW;
    let lastPosition = 0;
    for (let row = 0; row < rows; row += MAX_ROWS_PER_STATEMENT) {
      const count = Math.min(MAX_ROWS_PER_STATEMENT, rows - row);
      const slice = count === rows ? values : values.slice(row * VALUES_PER_ROW, (row + count) * VALUES_PER_ROW);
      // Spread, not an array: the driver reads an array's items one API call each.
      lastPosition = Number(this.statementFor(count).run(...slice).lastInsertRowid);
    }
    return lastPosition;
  }

  private statementFor(rows: number): Database.Statement<unknown[]> {
    let statement = this.statements[rows];
    if (statement === undefined) {
      const placeholders = Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      // OR FAIL: a failing row leaves the rows before it in place instead of undoing the whole statement,
      // which spares SQLite a statement journal; the caller rolls the transaction back on any error.
      statement = this.db.prepare(`INSERT OR FAIL INTO events (stream_id, revision, event_id, type, data, metadata, prev_hash, hash) VALUES ${placeholders}`);
      this.statements[rows] = statement;
    }
    return statement;
  }
}
