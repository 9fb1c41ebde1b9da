import 'reflect-metadata';
import { Command } from 'commander';
import { StoreUnavailableError } from '@ledger/event-store';
import { CliError, EXIT } from './cli-error';
import { appendCommand } from './commands/append.command';
import { readCommand } from './commands/read.command';
import { registerCommand } from './commands/register.command';

const program = new Command('ledgerctl')
  .description('command line of the company disclosure ledger')
  .addCommand(registerCommand())
  .addCommand(appendCommand())
  .addCommand(readCommand())
  .exitOverride();

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = report(error);
});

function report(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`ledgerctl: ${error.message}\n${error.details.map((line) => `  ${line}\n`).join('')}`);
    return error.exitCode;
  }
  if (error instanceof StoreUnavailableError) {
    process.stderr.write(`ledgerctl: store unavailable: ${error.message}\n`);
    return EXIT.unavailable;
  }
  const commanderExit = (error as { exitCode?: number; code?: string }).exitCode;
  if (typeof commanderExit === 'number') return commanderExit; // commander already printed usage or help
  process.stderr.write(`ledgerctl: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
