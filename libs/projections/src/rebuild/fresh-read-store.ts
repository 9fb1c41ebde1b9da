import type Database from 'better-sqlite3';
import { createIndexes, tablesOf, withoutIndexes } from '../projection/index-ddl';
import { Projection } from '../projection/projection';
import { applyReadSchema } from '../projector/read-store';
import { fsyncFile } from '../swap/read-store-pointer';

/**
 * A read store being built from nothing is published only once complete and synced, so while it is
 * built nothing needs to survive a crash: no syncs, and secondary indexes built once at the end (one
 * sort) instead of updated row by row. WAL checkpoints stay small and frequent, and leave little for the end.
 */
const FRESH_READ_STORE_PRAGMAS = ['synchronous = OFF', 'wal_autocheckpoint = 1000'];

/** The projections' tables without their indexes (also for tables copied into a fresh store); the pragmas of a fresh store. */
export function prepareFreshReadStore(db: Database.Database, projections: readonly Projection[]): void {
  for (const pragma of FRESH_READ_STORE_PRAGMAS) db.pragma(pragma);
  applyReadSchema(
    db,
    projections.map((projection) => ({ ...projection, tables: projection.tables.map(withoutIndexes) })),
  );
}

/** Builds the deferred indexes, folds the WAL into the file, syncs it and closes the connection. */
export function sealReadStore(db: Database.Database, projections: readonly Projection[]): void {
  createIndexes(db, tablesOf(projections));
  db.pragma('synchronous = FULL');
  db.pragma('journal_mode = WAL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const file = db.name;
  db.close();
  fsyncFile(file);
}
