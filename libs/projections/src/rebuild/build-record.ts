import type Database from 'better-sqlite3';
import { Position } from '@ledger/event-store';
import { ReadModelDigests } from '../digest/table-digests';

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
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'read_model_build'").get();
  if (!exists) return null;
  const text = db.prepare('SELECT record FROM read_model_build WHERE id = 1').pluck().get() as string | undefined;
  return text === undefined ? null : (JSON.parse(text) as BuildRecord);
}
