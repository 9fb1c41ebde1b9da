import { isEventStoreDbLocation } from '@ledger/event-store/esdb/connection-string';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error';
import { describeFileFailure } from './file-failures';

const ANY_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Refuses, before anything is opened, a location that cannot be a store: an address that is not an
 * EventStoreDB connection string (it would otherwise become a folder named "http:"), a folder, and
 * with `mustExist` a file that is not there.
 */
export function checkStoreLocation(location: string, mustExist: boolean): void {
  if (isEventStoreDbLocation(location)) {
    if (/^[^:]+:\/\/\/*$/.test(location.trim())) throw new CliError(`${location} names no server: give its host, e.g. esdb://localhost:2113?tls=false`);
    return;
  }
  if (ANY_URL.test(location.trim())) {
    throw new CliError(`${location} is not a store location: give a SQLite file or an esdb:// (or kurrentdb://) connection string`);
  }
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
