import { Command } from 'commander';
import { LEDGER_PROJECTIONS, activeReadStoreFile, lagBetween } from '@ledger/projections';
import { STORE_OPTION_HELP, StoreOption, withExistingStore } from '../store-option';
import { readStoreHelp, readStoreLocation } from './projection-options';
import { rebuildCommand } from './projections-rebuild.command';
import { verifyCommand } from './projections-verify.command';
import { checkpointsIn } from './read-store-checks';

interface StatusOptions extends StoreOption {
  readStore?: string;
  json?: boolean;
}

export function projectionsCommand(): Command {
  const projections = new Command('projections').description('the read models of the query service');
  projections
    .command('status')
    .exitOverride()
    .description("each projection's name, version, checkpoint, the log's head and the lag")
    .option('--read-store <location>', readStoreHelp())
    .option('--store <location>', STORE_OPTION_HELP)
    .option('--json', 'one JSON object per projection')
    .action((options: StatusOptions) =>
      withExistingStore(options, async (store) => {
        const rows = checkpointsIn(activeReadStoreFile(readStoreLocation(options)));
        const head = await store.headPosition();
        const lines = rows.map((row) => {
          const current = LEDGER_PROJECTIONS.find((projection) => projection.name === row.name);
          return {
            name: row.name,
            version: row.version,
            codeVersion: current?.version ?? null,
            checkpoint: row.position,
            head,
            lag: lagBetween(row.position, head),
          };
        });
        for (const line of lines) {
          const stale = line.codeVersion !== line.version ? ` (this build: v${line.codeVersion ?? 'none'}, rebuild needed)` : '';
          const text = `${line.name}  v${line.version}${stale}  checkpoint ${line.checkpoint ?? 'none'}  head ${line.head ?? 'none'}  lag ${line.lag}`;
          process.stdout.write(`${options.json ? JSON.stringify(line) : text}\n`);
        }
      }),
    );
  projections.addCommand(rebuildCommand()).addCommand(verifyCommand());
  return projections;
}
