import { Command } from 'commander';
import * as path from 'node:path';
import { backupSqliteStore, makeFolders } from '@ledger/event-store';
import { CliError } from '../cli-error';
import { STORE_OPTION_HELP, StoreOption, storeLocation } from '../store-option';
import { checkStoreLocation } from '../store-location';
import { copyNotWritten, sqliteFileOnly } from './backup-files';
import { brokenAt } from './backup.command';
import { readAnchor } from './chain-anchor-file';
import { auditCopy } from './copy-audit';

interface RestoreOptions extends StoreOption {
  against?: string;
  json?: boolean;
}

export function restoreCommand(): Command {
  return new Command('restore')
    .description(
      'installs a backup as the event store, after checking its chain: into a store file that does not exist yet (stop the ledger and move the old file away first)',
    )
    .argument('<backup>', 'a file written by ledgerctl backup')
    .option('--store <location>', `where to install it; ${STORE_OPTION_HELP}`)
    .option('--against <file>', 'also checks every link anchored by the backup --save-tips (or audit chain --save-tips) file')
    .option('--json', 'the report as one JSON object')
    .action(async (backup: string, options: RestoreOptions) => {
      const target = sqliteFileOnly(storeLocation(options), 'restore');
      const source = path.resolve(backup);
      checkStoreLocation(source, true);
      const anchor = options.against === undefined ? undefined : await readAnchor(options.against);
      const checked = await auditCopy(source, undefined, anchor);
      if (!checked.ok) throw new CliError(`${source} is not restored: its chain is broken at ${brokenAt(checked)}`, 1);
      try {
        makeFolders(path.dirname(target));
        backupSqliteStore(source, target);
      } catch (error) {
        throw copyNotWritten(error);
      }
      const report = { restored: target, from: source, events: checked.events, streams: checked.streams, head: checked.head };
      process.stdout.write(
        options.json
          ? `${JSON.stringify(report)}\n`
          : `restored ${source} into ${target}: ${report.events} events in ${report.streams} streams up to position ${report.head ?? '(none)'}; chain intact\n`,
      );
    });
}
