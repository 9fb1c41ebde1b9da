import type Database from 'better-sqlite3';
import { RecordedEvent, comparePositions } from '@ledger/event-store';
import { hasTable } from '../projection/index-ddl';
import { Row, TableSpec } from '../projection/projection';

export const PARKED_EVENTS_TABLE = 'parked_events';

/** An event a projection skipped under the park policy, with the error it threw. */
export interface ParkedEvent {
  projection: string;
  position: string;
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  error: string;
  parkedAt: string;
}

/**
 * Written in the batch that moves the projection's checkpoint past the event, so a crash never parks an
 * event twice nor loses one. Not digested: the time of parking is not a function of the log.
 */
export const PARKED_EVENTS_SPEC: TableSpec = {
  name: PARKED_EVENTS_TABLE,
  columns: ['projection', 'position', 'event_id', 'stream_id', 'revision', 'type', 'error', 'parked_at'],
  key: ['projection', 'position'],
  ddl: [
    `CREATE TABLE IF NOT EXISTS parked_events (
      projection TEXT NOT NULL, position TEXT NOT NULL, event_id TEXT NOT NULL, stream_id TEXT NOT NULL,
      revision INTEGER NOT NULL, type TEXT NOT NULL, error TEXT NOT NULL, parked_at TEXT NOT NULL,
      PRIMARY KEY (projection, position)) WITHOUT ROWID`,
  ],
};

export function parkedRow(projection: string, event: RecordedEvent, error: unknown): Row {
  return {
    projection,
    position: event.position,
    event_id: event.id,
    stream_id: event.streamId,
    revision: event.revision,
    type: event.type,
    error: errorText(error),
    parked_at: new Date().toISOString(),
  };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const PARKED_COLUMNS = 'projection, position, event_id AS eventId, stream_id AS streamId, revision, type, error, parked_at AS parkedAt';

/** A projection's parked events in log order; none when the table does not exist yet. */
export function listParked(db: Database.Database, projection: string): ParkedEvent[] {
  if (!hasTable(db, PARKED_EVENTS_TABLE)) return [];
  return db
    .prepare<[string], ParkedEvent>(`SELECT ${PARKED_COLUMNS} FROM parked_events WHERE projection = ?`)
    .all(projection)
    .sort((a, b) => comparePositions(a.position, b.position));
}

/** Parked events by projection. */
export function countParked(db: Database.Database): Map<string, number> {
  if (!hasTable(db, PARKED_EVENTS_TABLE)) return new Map();
  const rows = db.prepare<[], { projection: string; parked: number }>('SELECT projection, COUNT(*) AS parked FROM parked_events GROUP BY projection').all();
  return new Map(rows.map((row) => [row.projection, row.parked]));
}
