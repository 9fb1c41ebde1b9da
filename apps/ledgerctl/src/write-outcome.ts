import type { Result } from '@ledger/disclosures';
import type { WriteError } from '@ledger/ledger';
import { CliError, EXIT } from './cli-error';

/** Prints a successful write as JSON, or turns a rejected one into a CliError naming each field at fault. */
export function printWriteOutcome<T>(result: Result<T, WriteError>): void {
  if (result.ok) {
    process.stdout.write(`${JSON.stringify(result.value)}\n`);
    return;
  }
  const error = result.error;
  const details = 'errors' in error ? error.errors.map((field) => `${field.path || '(body)'}: ${field.message}`) : [];
  throw new CliError(`${error.code}: ${error.message}`, EXIT.rejected, details);
}
