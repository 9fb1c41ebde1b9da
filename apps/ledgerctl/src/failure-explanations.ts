import { NoEventStoreError, StoreUnavailableError } from '@ledger/event-store';
import { CliError, EXIT } from './cli-error';
import { describeFileFailure } from './file-failures';

/**
 * A failure that reached the top without a CliError of its own, as one the user can act on; undefined
 * when it is none of the known kinds, which makes it a bug of ledgerctl.
 */
export function explainFailure(error: unknown): CliError | undefined {
  if (error instanceof StoreUnavailableError) return new CliError(`store unavailable: ${error.message}`, EXIT.unavailable);
  if (error instanceof NoEventStoreError) return new CliError(error.message);
  const file = describeFileFailure(error);
  if (file) return new CliError(`${file.subject ?? 'a SQLite file'} ${file.text}${file.subject ? '' : `: ${(error as Error).message}`}`);
  return undefined;
}
