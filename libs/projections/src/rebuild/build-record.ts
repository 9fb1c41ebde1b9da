import type Database from 'better-sqlite3';
import { Position } from '@ledger/event-store';
import { ReadModelDigests } from '../digest/table-digests';
import { hasTable } from '../projection/index-ddl';

/** How a read store file was built: kept in the file, outside the digested tables. */
export interface BuildRecord {
  builtAt: string;
  events: number;
  position: Position | null;
  durationMs: number;
  until: string | null;
  digests: ReadModelDigests | null;
}

const DDL = 'CREATE TABLE IF NOT EXISTS read_model_build (id INTEGER PRIMARY KEY CHECK (id = 1), record TEXT NOT NULL)';

export function saveBuildRecord(db: Database.Database, record: BuildRecord): void {
  db.exec(DDL);
  db.prepare('INSERT INTO read_model_build (id, record) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record').run(JSON.stringify(record));
}

/** The record of the build that made this file; null for a file the projector grew from nothing. */
export function readBuildRecord(db: Database.Database): BuildRecord | null {
  if (!hasTable(db, 'read_model_build')) return null;
  const text = db.prepare('SELECT record FROM read_model_build WHERE id = 1').pluck().get() as string | undefined;
  return text === undefined ? null : (JSON.parse(text) as BuildRecord);
}
