import type Database from 'better-sqlite3';
import * as fs from 'node:fs';

/** Frames SQLite writes to the WAL before it checkpoints on its own (its default). */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Grows a new write-ahead log to the size it will keep anyway, so that commits overwrite it instead
 * of extending it: extending a file makes each fsync also commit file-system metadata, which here
 * cost about 40% of the commit rate on a fresh file. It fills the log with uncommitted pages of a
 * transaction that is rolled back, the way SQLite spills a large transaction: nothing is committed,
 * and the frames are overwritten by the next commits. Best effort: skipped when another writer is busy.
 */
export function preallocateWal(db: Database.Database, file: string): void {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const wanted = (AUTOCHECKPOINT_PAGES + 32) * (pageSize + 24);
  if (sizeOf(`${file}-wal`) >= wanted) return;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = 16');
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec('CREATE TABLE wal_preallocation (filler BLOB)');
      // One row a page: a blob just under the page's payload limit.
      db.prepare('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO wal_preallocation SELECT zeroblob(?) FROM n').run(
        AUTOCHECKPOINT_PAGES + 64,
        pageSize - 100,
      );
    } finally {
      db.exec('ROLLBACK');
    }
    // The filler is written but not yet on disk: flush it now, or the first commit's sync would.
    syncFile(`${file}-wal`);
  } catch {
    // A busy file or a full disk: the store works the same, only its first commits are slower.
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

// The log file is never locked (SQLite locks the database and the -shm file), so another descriptor
// on it, closed again, releases no lock of the connection.
function syncFile(path: string): void {
  const fd = fs.openSync(path, 'r+');
  try {
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function sizeOf(path: string): number {
  try {
    return fs.statSync(path).size;
  } catch {
    return 0;
  }
}
