import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { endQuietlyOnBrokenPipe } from './broken-pipe';
import { CliError, EXIT } from './cli-error';
import { appendCommand } from './commands/append.command';
import { auditCommand } from './commands/audit.command';
import { backupCommand } from './commands/backup.command';
import { extractCommand } from './commands/extract.command';
import { ingestCommand } from './commands/ingest.command';
import { keysCommand } from './commands/keys.command';
import { projectionsCommand } from './commands/projections.command';
import { readCommand } from './commands/read.command';
import { registerCommand } from './commands/register.command';
import { restoreCommand } from './commands/restore.command';
import { tailCommand } from './commands/tail.command';
import { explainFailure } from './failure-explanations';
import { helpCommand } from './help-command';
import { makeStrict } from './strict-commands';

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
  .addCommand(backupCommand())
  .addCommand(restoreCommand())
  .addCommand(keysCommand())
  .helpCommand(false);
program.addCommand(helpCommand(program));
makeStrict(program);
endQuietlyOnBrokenPipe();

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = report(error);
});

function report(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage; // commander already printed why
  const failure = error instanceof CliError ? error : explainFailure(error);
  if (failure) {
    process.stderr.write(`ledgerctl: ${failure.message}\n${failure.details.map((line) => `  ${line}\n`).join('')}`);
    return failure.exitCode;
  }
  // Not a failure of the input, the files or the store: a bug of ledgerctl, with its stack.
  process.stderr.write(`ledgerctl: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
