import type Database from 'better-sqlite3';

export interface TipRow {
  revision: number;
  event_id: string;
  hash: Buffer;
}

/** What retry detection compares: an event of the stream as stored. */
export interface StoredEventRow {
  position: number;
  revision: number;
  event_id: string;
  type: string;
  data: string;
}

/** The statements the writer thread reads with, inside its write transactions. */
export class WriterStatements {
  readonly tip: Database.Statement<[string], TipRow>;
  readonly head: Database.Statement<[], number | null>;
  /** (stream, first revision, limit) */
  readonly eventsFrom: Database.Statement<[string, number, number], StoredEventRow>;
  /** (stream, limit): the last events, newest first */
  readonly lastEvents: Database.Statement<[string, number], StoredEventRow>;

  constructor(db: Database.Database) {
    this.tip = db.prepare('SELECT revision, event_id, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1');
    this.head = db.prepare<[], number | null>('SELECT max(position) FROM events').pluck();
    // LIMIT ? + 0: see statements.ts.
    this.eventsFrom = db.prepare(
      'SELECT position, revision, event_id, type, data FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ? + 0',
    );
    this.lastEvents = db.prepare('SELECT position, revision, event_id, type, data FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT ? + 0');
  }
}
