import { Command } from 'commander';
import * as path from 'node:path';
import { ChainAudit, backupSqliteStore, comparePositions, makeFolders } from '@ledger/event-store';
import { CliError } from '../cli-error';
import { STORE_OPTION_HELP, StoreOption, storeLocation, withExistingStore } from '../store-option';
import { copyNotWritten, sqliteFileOnly } from './backup-files';
import { auditCopy, CopyAudit } from './copy-audit';

interface BackupOptions extends StoreOption {
  saveTips?: string;
  json?: boolean;
}

export function backupCommand(): Command {
  return new Command('backup')
    .description('a consistent copy of a SQLite event store, taken while the ledger runs, checked before it is kept')
    .argument('<file>', 'the new file to write the copy into (never an existing file)')
    .option('--store <location>', STORE_OPTION_HELP)
    .option('--save-tips <file>', "also saves each stream's last link of the copy into this new file, for a later audit chain --against")
    .option('--json', 'the report as one JSON object')
    .action(async (file: string, options: BackupOptions) => {
      const source = sqliteFileOnly(storeLocation(options), 'backup');
      const target = path.resolve(file);
      const headBefore = await withExistingStore(options, (store) => store.headPosition());
      try {
        makeFolders(path.dirname(target));
        backupSqliteStore(source, target);
      } catch (error) {
        throw copyNotWritten(error);
      }
      const copy = await auditCopy(target, options.saveTips);
      if (headBefore !== null && (copy.head === null || comparePositions(copy.head, headBefore) < 0)) {
        throw new CliError(`the copy ends at position ${copy.head ?? 'none'}, before the store's head ${headBefore} when the backup began`, 1);
      }
      const report = { backup: target, store: source, headBefore, ...copy };
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : describe(report));
      process.exitCode = copy.ok ? 0 : 1;
    });
}

function describe(report: CopyAudit & { backup: string; headBefore: string | null }): string {
  if (!report.ok) return `backup written to ${report.backup}, but its chain is BROKEN at ${brokenAt(report)}: do not rely on it\n`;
  return `backup written to ${report.backup}: ${report.events} events in ${report.streams} streams up to position ${report.head ?? '(none)'} (the store's head was ${report.headBefore ?? '(none)'} when it began); chain intact\n`;
}

export function brokenAt({ broken }: Pick<ChainAudit, 'broken'>): string {
  return broken ? `${broken.streamId} revision ${broken.revision} (${broken.reason})` : 'no link';
}
