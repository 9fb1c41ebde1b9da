import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';

/** What SQLite says of a database file whose bytes are damaged. */
const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * A read store holds only what the projections derived from the log, so a damaged one is not repaired
 * but set aside (with its -wal and -shm files, kept for inspection) and built again from the log. Only
 * a file that is a SQLite database is examined: any other file is refused before this (it may not be
 * ours to move). Reads the schema, not every page: damage deeper in the file shows in
 * `ledgerctl projections verify`. Returns where the damaged file went, or null when it is sound.
 */
export function setAsideIfDamaged(file: string): string | null {
  if (!existsSync(file) || !isDamaged(file)) return null;
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  }
  return aside;
}

function isDamaged(file: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && DAMAGED.test(code);
  } finally {
    db?.close();
  }
}
