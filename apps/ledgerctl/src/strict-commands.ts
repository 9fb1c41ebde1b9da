import { Command } from 'commander';

/**
 * Every command, subcommands included: exits through exceptions (so that main sets the exit code),
 * and refuses arguments beyond those it declares instead of ignoring them.
 */
export function makeStrict(command: Command): void {
  command.exitOverride().allowExcessArguments(false);
  for (const subcommand of command.commands) makeStrict(subcommand);
}
