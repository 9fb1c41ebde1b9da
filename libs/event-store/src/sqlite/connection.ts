import Database from 'better-sqlite3';

export type SynchronousMode = 'FULL' | 'NORMAL';

export interface ConnectionOptions {
  synchronous: SynchronousMode;
  busyTimeoutMs: number;
  /** max_page_count: writes that would grow the file beyond it fail with SQLITE_FULL. */
  maxPages?: number;
  /** The connection's page cache, in MiB; SQLite's default (2 MiB) when absent. */
  cacheMiB?: number;
}

export interface ConnectionSettings {
  journalMode: string;
  synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
  busyTimeoutMs: number;
}

/**
 * Pages of a new file. Events are rows of most of a kilobyte: twice the default page holds twice as many,
 * so an append splits and writes fewer pages (about 5% less CPU per event appended in batches).
 */
const NEW_FILE_PAGE_SIZE = 8192;

/**
 * The writer's page cache: each append reads its stream's tip and writes into that stream's last index page,
 * so a large log's working set is the indexes' inner pages and one leaf per active stream. With SQLite's 2 MiB,
 * writes on a ledger of 10,000,000 events ran at 0.66 of an empty ledger's rate; with 32 MiB (and 16 MiB for
 * the decision index), at 0.75-0.77.
 */
export const WRITER_CACHE_MIB = 32;

/** One long-lived connection in WAL mode; with synchronous=FULL a committed append survives power loss. */
export function openConnection(file: string, options: ConnectionOptions): Database.Database {
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
    // Only a new, empty file takes it: an existing file keeps the page size it was made with.
    db.pragma(`page_size = ${NEW_FILE_PAGE_SIZE}`);
    const journalMode = db.pragma('journal_mode = WAL', { simple: true });
    if (journalMode !== 'wal') throw new Error(`could not switch ${file} to WAL mode (it is ${String(journalMode)})`);
    db.pragma(`synchronous = ${options.synchronous}`);
    if (options.cacheMiB !== undefined) db.pragma(`cache_size = ${-1024 * options.cacheMiB}`);
    if (options.maxPages !== undefined) db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxPages))}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A connection to a file that must already exist, which it reads and never writes. query_only on a
 * normal open rather than SQLITE_OPEN_READONLY: on a writable file, closing then removes the -wal and
 * -shm files as usual; on a file this process may not write, SQLite falls back to reading only.
 * Nothing is changed in the file: no journal mode, no page size.
 */
export function openReadingConnection(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const SYNCHRONOUS_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;

/** What the connection really runs with, read back from SQLite. */
export function readConnectionSettings(db: Database.Database): ConnectionSettings {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: SYNCHRONOUS_NAMES[db.pragma('synchronous', { simple: true }) as number],
    busyTimeoutMs: db.pragma('busy_timeout', { simple: true }) as number,
  };
}
