import { isEventStoreDbLocation } from '@ledger/event-store';
import { ConfigError, checkStoreLocation as checkStoreForm } from '@ledger/platform/framework-free';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error';
import { describeFileFailure } from './file-failures';

/**
 * Refuses, before anything is opened, a location that cannot be a store: what the servers refuse as
 * LEDGER_STORE (an address that is not a valid EventStoreDB connection string would otherwise become a
 * folder named "http:"), a folder, and with `mustExist` a file that is not there.
 */
export function checkStoreLocation(location: string, mustExist: boolean): void {
  try {
    checkStoreForm('--store', location);
  } catch (error) {
    throw error instanceof ConfigError ? new CliError(error.message) : error;
  }
  if (isEventStoreDbLocation(location)) return;
  const file = path.resolve(location);
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      if (mustExist) throw new CliError(`no ledger store at ${file}`);
      return;
    }
    const problem = describeFileFailure(error);
    throw problem ? new CliError(`${problem.subject ?? file} ${problem.text}`) : error;
  }
  if (stats.isDirectory()) throw new CliError(`${file} is a folder, not a ledger store: name the store's file`);
}
