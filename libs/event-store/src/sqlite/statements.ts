import type Database from 'better-sqlite3';
import { LogFilter } from '../port/event-store';

export interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  prev_hash: Buffer;
  hash: Buffer;
}

export interface StreamTipRow {
  revision: number;
  hash: Buffer;
}

/**
 * An event as read: the columns of EventRow in that order, as an array (no object per row), with the
 * hashes as lowercase hex text written by SQLite (no Buffer per blob). Reads cost half as much so.
 */
export type EventValues = [
  position: number,
  streamId: string,
  revision: number,
  eventId: string,
  type: string,
  data: string,
  metadata: string,
  prevHash: string,
  hash: string,
];

const EVENT_VALUES = 'position, stream_id, revision, event_id, type, data, metadata, lower(hex(prev_hash)), lower(hex(hash))';

/**
 * Every statement the store reads with, prepared once on the reading connection (writes: the writer thread).
 * `LIMIT ? + 0`, not `LIMIT ?`: SQLite plans with the value bound to a bare LIMIT parameter, so each
 * execution that binds it would prepare the statement again, which costs more than the read itself.
 */
export class Statements {
  readonly streamTip: Database.Statement<[string], StreamTipRow>;
  readonly headPosition: Database.Statement<[], number | null>;
  /** (stream, first revision, limit or -1) */
  readonly streamForwards: Database.Statement<[string, number, number], EventValues>;
  /** (stream, last revision, limit or -1) */
  readonly streamBackwards: Database.Statement<[string, number, number], EventValues>;
  private readonly logPages = new Map<string, Database.Statement<unknown[], EventValues>>();

  constructor(private readonly db: Database.Database) {
    this.streamTip = db.prepare('SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1');
    this.headPosition = db.prepare<[], number | null>('SELECT max(position) FROM events').pluck();
    this.streamForwards = db
      .prepare<[string, number, number], EventValues>(`SELECT ${EVENT_VALUES} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ? + 0`)
      .raw();
    this.streamBackwards = db
      .prepare<[string, number, number], EventValues>(
        `SELECT ${EVENT_VALUES} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ? + 0`,
      )
      .raw();
  }

  /**
   * Events with after < position <= upTo that pass the filter, in log order, at most `limit`.
   * One statement is prepared per shape of filter (how many prefixes, how many types).
   */
  logPage(after: number, upTo: number, limit: number, filter: LogFilter | undefined): EventValues[] {
    const prefixes = filter?.streamPrefixes ?? [];
    const types = filter?.eventTypes ?? [];
    const shape = `${prefixes.length}/${types.length}`;
    let statement = this.logPages.get(shape);
    if (!statement) {
      statement = this.db.prepare<unknown[], EventValues>(logPageSql(prefixes.length, types.length)).raw();
      this.logPages.set(shape, statement);
    }
    return statement.all(after, upTo, ...prefixes.flatMap((prefix) => [prefix, prefix]), ...types, limit);
  }
}

function logPageSql(prefixCount: number, typeCount: number): string {
  const conditions = ['position > ?', 'position <= ?'];
  if (prefixCount > 0) {
    // substr/length count characters the same way on both sides, whatever the script of the prefix.
    conditions.push(`(${Array.from({ length: prefixCount }, () => 'substr(stream_id, 1, length(?)) = ?').join(' OR ')})`);
  }
  if (typeCount > 0) conditions.push(`type IN (${Array.from({ length: typeCount }, () => '?').join(', ')})`);
  return `SELECT ${EVENT_VALUES} FROM events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ? + 0`;
}
