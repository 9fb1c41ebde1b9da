import { existsSync, linkSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { toStoreError } from './sqlite-errors';

/**
 * Writes a consistent copy of a SQLite event store into `target`, a file that must not exist yet,
 * while other processes go on appending. `VACUUM INTO` reads the whole file, write-ahead log
 * included, in one read transaction: the copy is the log as of one instant, never a torn mix, and
 * holds every append committed before the copy began (a plain file copy can miss those still in the
 * -wal file). The copy is written under a temporary name and linked in once complete, so an
 * interrupted backup leaves nothing at `target` and never overwrites a file.
 */
export function backupSqliteStore(source: string, target: string, busyTimeoutMs = 5_000): void {
  if (existsSync(target)) throw new BackupTargetExistsError(target);
  const partial = `${target}.partial-${process.pid}`;
  try {
    // Opened read-only rather than with query_only, which refuses VACUUM INTO.
    const db = new Database(source, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    try {
      db.prepare('VACUUM INTO ?').run(partial);
    } finally {
      db.close();
    }
    linkSync(partial, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupTargetExistsError(target);
    throw toStoreError(error);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** A backup or restore is written into a new file, never over another. */
export class BackupTargetExistsError extends Error {
  override readonly name = 'BackupTargetExistsError';
  constructor(readonly file: string) {
    super(`${file} already exists: a copy is written into a new file, and never over another`);
  }
}
