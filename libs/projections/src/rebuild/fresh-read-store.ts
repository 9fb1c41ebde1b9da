import type Database from 'better-sqlite3';
import { Projection, TableSpec } from '../projection/projection';
import { applyReadSchema } from '../projector/read-store';
import { fsyncFile } from '../swap/read-store-pointer';

const CREATE_INDEX = /^\s*CREATE\s+(UNIQUE\s+)?INDEX/i;

/**
 * A read store being built from nothing is published only once complete and synced, so while it is
 * built nothing needs to survive a crash: no syncs (the write thread's connection takes these), and
 * secondary indexes built once at the end (one sort) instead of updated row by row. The WAL stays:
 * the builder reads committed rows while its write thread writes. Checkpoints stay small and
 * frequent: they run on the write thread while the build goes on, and leave little for the end.
 */
export const FRESH_READ_STORE_PRAGMAS = ['synchronous = OFF', 'wal_autocheckpoint = 1000'];

export function prepareFreshReadStore(db: Database.Database, projections: readonly Projection[]): void {
  applyReadSchema(db, projections.map((projection) => ({ ...projection, tables: projection.tables.map(withoutIndexes) })));
}

/** Builds the deferred indexes, folds the WAL into the file, syncs it and closes the connection. */
export function sealReadStore(db: Database.Database, projections: readonly Projection[]): void {
  const indexes = projections.flatMap((projection) => projection.tables.flatMap((table) => table.ddl.filter((ddl) => CREATE_INDEX.test(ddl))));
  db.transaction(() => indexes.forEach((ddl) => db.exec(ddl)))();
  db.pragma('synchronous = FULL');
  db.pragma('journal_mode = WAL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const file = db.name;
  db.close();
  fsyncFile(file);
}

function withoutIndexes(table: TableSpec): TableSpec {
  return { ...table, ddl: table.ddl.filter((ddl) => !CREATE_INDEX.test(ddl)) };
}
