import { DEFAULT_READ_STORE } from '@ledger/platform/framework-free';
import { LEDGER_PROJECTIONS } from '@ledger/projections';
import { CliError } from '../cli-error';

export function readStoreHelp(): string {
  return `read store location (default: $LEDGER_READ_STORE or ${DEFAULT_READ_STORE})`;
}

/** --read-store, else $LEDGER_READ_STORE, else the default: the location a pointer may redirect. */
export function readStoreLocation(options: { readStore?: string }): string {
  return options.readStore ?? (process.env.LEDGER_READ_STORE?.trim() || DEFAULT_READ_STORE);
}

export function batchSizeOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1) throw new CliError(`--batch-size must be a positive integer, got ${JSON.stringify(text)}`);
  return size;
}

export function projectionOption(name: string | undefined): void {
  if (name !== undefined && !LEDGER_PROJECTIONS.some((projection) => projection.name === name)) {
    throw new CliError(`unknown projection ${JSON.stringify(name)}; known: ${LEDGER_PROJECTIONS.map((projection) => projection.name).join(', ')}`);
  }
}
