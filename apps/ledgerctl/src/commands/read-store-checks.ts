import { existsSync, statSync } from 'node:fs';
import { openReadingConnection } from '@ledger/event-store';
import { readCheckpoints } from '@ledger/projections';
import { CliError } from '../cli-error';
import { describeFileFailure } from '../file-failures';

/** The projections' checkpoints in the read store `file`: an error (exit 2) when it is no read store. */
export function checkpointsIn(file: string): ReturnType<typeof readCheckpoints> {
  if (!existsSync(file)) throw new CliError(`no read store at ${file}: start the query service once, or give --read-store`);
  if (statSync(file).isDirectory()) throw new CliError(`${file} is a folder, not a read store: name the read store's file`);
  try {
    // Not opened read-only: on a file it may write, SQLite then removes the -wal and -shm it needed.
    const db = openReadingConnection(file, 5_000);
    try {
      const rows = readCheckpoints(db);
      if (rows.length === 0) throw new CliError(`${file} holds no projection checkpoints: it is not a read store`);
      return rows;
    } finally {
      db.close();
    }
  } catch (error) {
    throw explainReadStoreFailure(file, error);
  }
}

/**
 * A failure that says the read store `file` is not one, or is damaged, as a CliError naming it;
 * anything else as it is. The event store's own failures come already explained (CliErrors).
 */
export function explainReadStoreFailure(file: string, error: unknown): unknown {
  if (error instanceof CliError) return error;
  const problem = describeFileFailure(error);
  if (problem) return new CliError(`${problem.subject ?? file} ${problem.text}`);
  const { code, message } = error as { code?: unknown; message?: string };
  if (code === 'SQLITE_ERROR' && /^no such (table|column)/.test(message ?? '')) {
    return new CliError(`${file} is not a read store of this build: ${message}`);
  }
  return error;
}
