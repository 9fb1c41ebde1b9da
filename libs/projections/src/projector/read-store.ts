import Database from 'better-sqlite3';
import * as path from 'node:path';
// eslint-disable-next-line no-restricted-imports -- the read store's writer thread loads this file: the index would load both stores into it
import { makeFolders } from '@ledger/event-store/sqlite/make-folders';
import { PARKED_EVENTS_SPEC, PARKED_EVENTS_TABLE } from '../failure/parked-events';
import { hasTable, tablesOf } from '../projection/index-ddl';
import { Projection } from '../projection/projection';

export interface CheckpointRow {
  name: string;
  version: number;
  position: string | null;
}

const CHECKPOINTS_DDL = `CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name TEXT PRIMARY KEY, version INTEGER NOT NULL, position TEXT) WITHOUT ROWID`;

export interface ReadStoreOptions {
  /** Page cache of the connection, in MiB. */
  cacheMiB?: number;
  readonly?: boolean;
}

/**
 * Opens a read store: a SQLite file in WAL mode. synchronous=NORMAL is enough: the checkpoint is
 * written in the same transaction as the rows, so a lost tail after a power cut is projected again.
 */
export function openReadStore(file: string, options: ReadStoreOptions = {}): Database.Database {
  if (!options.readonly) makeFolders(path.dirname(path.resolve(file)));
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      // Larger pages mean fewer page writes per batch; it only takes effect on a new, empty file.
      db.pragma('page_size = 16384');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Fewer, larger WAL checkpoints: each one syncs the file, and a catch-up writes many pages.
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma(`cache_size = ${-1024 * (options.cacheMiB ?? 16)}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function readCheckpoints(db: Database.Database): CheckpointRow[] {
  if (!hasTable(db, 'projection_checkpoints')) return [];
  return db.prepare<[], CheckpointRow>('SELECT name, version, position FROM projection_checkpoints ORDER BY name').all();
}

/**
 * Projections whose stored version differs from the code's, or that were never run while others were:
 * their rows cannot be trusted, and the read model is projected again (in place, or into a new file while
 * the old one serves).
 */
export function staleProjections(checkpoints: readonly CheckpointRow[], projections: readonly Projection[]): string[] {
  if (checkpoints.length === 0) return [];
  const stored = new Map(checkpoints.map((row) => [row.name, row.version]));
  return projections.filter((projection) => stored.get(projection.name) !== projection.version).map((projection) => projection.name);
}

/** Creates the tables of every projection, their checkpoint rows (at the start of the log) and the parked events. */
export function applyReadSchema(db: Database.Database, projections: readonly Projection[]): void {
  db.transaction(() => {
    db.exec(CHECKPOINTS_DDL);
    for (const ddl of PARKED_EVENTS_SPEC.ddl) db.exec(ddl);
    for (const table of tablesOf(projections)) for (const ddl of table.ddl) db.exec(ddl);
    const insert = db.prepare('INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, NULL) ON CONFLICT (name) DO NOTHING');
    for (const projection of projections) insert.run(projection.name, projection.version);
  }).immediate();
}

/** Drops every projection table, checkpoint and parked event, so the read model is built again from the start of the log. */
export function resetReadModel(db: Database.Database, projections: readonly Projection[]): void {
  db.transaction(() => {
    for (const table of tablesOf(projections)) db.exec(`DROP TABLE IF EXISTS ${table.name}`);
    db.exec('DROP TABLE IF EXISTS projection_checkpoints');
    db.exec(`DROP TABLE IF EXISTS ${PARKED_EVENTS_TABLE}`);
  }).immediate();
}
