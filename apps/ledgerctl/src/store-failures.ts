import { NoEventStoreError, StoreUnavailableError, describeStoreLocation, isEventStoreDbLocation } from '@ledger/event-store';
import { accessSync, constants, existsSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error';
import { describeFileFailure } from './file-failures';

const GRPC_UNIMPLEMENTED = 12;

/**
 * A failure of the store at `location` that no retry can mend, as a CliError naming the store (exit
 * 2); anything else (an outage, a refusal of the ledger) is returned as it is.
 */
export function explainStoreFailure(location: string, error: unknown): unknown {
  if (error instanceof CliError) return error;
  if (isEventStoreDbLocation(location)) return explainServerFailure(location, error);
  const file = path.resolve(location);
  if (error instanceof NoEventStoreError) {
    return new CliError(error.reason === null ? `no ledger store at ${file}` : `${file} is not a ledger store: ${error.reason}`);
  }
  const cause = error instanceof StoreUnavailableError ? (error.cause ?? error) : error;
  if (isCantOpen(cause)) {
    if (!existsSync(file) && !allows(path.dirname(file), constants.W_OK)) return new CliError(`${file} cannot be created: its folder is not writable`);
    if (existsSync(file) && !allows(file, constants.R_OK)) return new CliError(`${file} is not readable (permission denied)`);
  }
  const problem = describeFileFailure(cause);
  return problem ? new CliError(`${problem.subject ?? file} ${problem.text}`) : error;
}

function explainServerFailure(location: string, error: unknown): unknown {
  if (error instanceof StoreUnavailableError) {
    // A gRPC client that meets a server speaking something else (HTTP/1, or TLS when told tls=false).
    if (/Last error: Protocol error/.test(error.message)) {
      return new CliError(
        `${describeStoreLocation(location)} did not answer as an EventStoreDB server (a gRPC protocol error: another kind of server, or the wrong tls= setting?)`,
      );
    }
    return error;
  }
  if ((error as { code?: unknown } | null)?.code === GRPC_UNIMPLEMENTED) {
    return new CliError(`${describeStoreLocation(location)} is not an EventStoreDB server: it does not know the EventStoreDB calls (12 UNIMPLEMENTED)`);
  }
  return error;
}

function isCantOpen(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CANTOPEN';
}

function allows(file: string, mode: number): boolean {
  try {
    accessSync(file, mode);
    return true;
  } catch {
    return false;
  }
}
