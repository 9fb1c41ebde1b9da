import { DEFAULT_READ_STORE } from '@ledger/platform/framework-free';
import { LEDGER_PROJECTIONS, Projection } from '@ledger/projections';
import { CliError } from '../cli-error';
import { fromEnvironment } from '../environment';

export function readStoreHelp(): string {
  return `read store location (default: $LEDGER_READ_STORE or ${DEFAULT_READ_STORE})`;
}

/** --read-store, else $LEDGER_READ_STORE, else the default: the location a pointer may redirect. */
export function readStoreLocation(options: { readStore?: string }): string {
  return options.readStore ?? fromEnvironment('LEDGER_READ_STORE');
}

export function batchSizeOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1) throw new CliError(`--batch-size must be a positive integer, got ${JSON.stringify(text)}`);
  return size;
}

/** The projections --projection selects: the one named, or all of them. */
export function projectionOption(name: string | undefined): readonly Projection[] {
  if (name === undefined) return LEDGER_PROJECTIONS;
  const selected = LEDGER_PROJECTIONS.filter((projection) => projection.name === name);
  if (selected.length === 0)
    throw new CliError(`unknown projection ${JSON.stringify(name)}; known: ${LEDGER_PROJECTIONS.map((projection) => projection.name).join(', ')}`);
  return selected;
}
