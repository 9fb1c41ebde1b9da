import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { StoreUnavailableError } from '@ledger/event-store';
import { CliError, EXIT } from './cli-error';
import { appendCommand } from './commands/append.command';
import { auditCommand } from './commands/audit.command';
import { extractCommand } from './commands/extract.command';
import { ingestCommand } from './commands/ingest.command';
import { projectionsCommand } from './commands/projections.command';
import { readCommand } from './commands/read.command';
import { registerCommand } from './commands/register.command';
import { tailCommand } from './commands/tail.command';

const program = new Command('ledgerctl')
  .description('command line of the company disclosure ledger')
  .addCommand(registerCommand())
  .addCommand(appendCommand())
  .addCommand(readCommand())
  .addCommand(extractCommand())
  .addCommand(ingestCommand())
  .addCommand(projectionsCommand())
  .addCommand(tailCommand())
  .addCommand(auditCommand())
  .exitOverride();
for (const command of program.commands) command.exitOverride();

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
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage; // commander already printed why
  process.stderr.write(`ledgerctl: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
