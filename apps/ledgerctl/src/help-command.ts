import { Command } from 'commander';

/**
 * `help [command...]`, which names a command it does not know (commander's own prints the general
 * help instead, without saying why). Replaces commander's: call program.helpCommand(false).
 */
export function helpCommand(program: Command): Command {
  return new Command('help')
    .description('display help for a command, e.g. help projections rebuild')
    .argument('[command...]', 'the command, and its subcommands')
    .action((names: string[]) => {
      let command = program;
      for (const name of names) {
        const found = command.commands.find((candidate) => candidate.name() === name || candidate.aliases().includes(name));
        if (!found)
          return command.error(`error: unknown command '${name}'${command === program ? '' : ` for '${command.name()}'`}`, {
            code: 'commander.unknownCommand',
          });
        command = found;
      }
      command.help();
    });
}
