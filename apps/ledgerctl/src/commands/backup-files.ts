import { BackupTargetExistsError, isEventStoreDbLocation } from '@ledger/event-store';
import * as path from 'node:path';
import { CliError } from '../cli-error';

/** Backups and restores copy SQLite files; an EventStoreDB server is backed up with the server's own tools. */
export function sqliteFileOnly(location: string, command: 'backup' | 'restore'): string {
  if (isEventStoreDbLocation(location)) {
    throw new CliError(`${command} copies a SQLite store: back up an EventStoreDB server with its own tools (see docs/operations.md)`);
  }
  return path.resolve(location);
}

/** The copy's failures as the user sees them: an existing target named, anything else as it is. */
export function copyNotWritten(error: unknown): unknown {
  if (error instanceof BackupTargetExistsError) return new CliError(error.message);
  return error;
}
