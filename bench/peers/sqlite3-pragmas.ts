import sqlite3 from 'sqlite3';

const SYNCHRONOUS_LEVELS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

function pragma(db: sqlite3.Database, name: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    db.get(`PRAGMA ${name}`, (error: Error | null, row: Record<string, unknown> | undefined) => (error ? reject(error) : resolve(row?.[name]))),
  );
}

/**
 * journal_mode as recorded in the file, and the synchronous level a fresh connection of the sqlite3
 * driver gets without setting it: what a store that only sets journal_mode commits with.
 */
export async function sqlite3Durability(file: string): Promise<string> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)));
  });
  try {
    const journal = await pragma(db, 'journal_mode');
    const synchronous = await pragma(db, 'synchronous');
    return `journal_mode=${String(journal)}, synchronous=${SYNCHRONOUS_LEVELS[Number(synchronous)] ?? String(synchronous)}`;
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
