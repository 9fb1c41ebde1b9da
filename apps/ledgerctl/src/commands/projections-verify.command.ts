import { Command } from 'commander';
import { VerifyReport, activeReadStoreFile, verifyReadModel } from '@ledger/projections';
import { progressLine } from '../progress-line';
import { STORE_OPTION_HELP, StoreOption, withExistingStore } from '../store-option';
import { batchSizeOption, projectionOption, readStoreHelp, readStoreLocation } from './projection-options';
import { checkpointsIn, explainReadStoreFailure } from './read-store-checks';

interface VerifyOptions extends StoreOption {
  readStore?: string;
  projection?: string;
  batchSize?: string;
  json?: boolean;
}

export function verifyCommand(): Command {
  return new Command('verify')
    .exitOverride()
    .description('rebuilds the read models from the log into a scratch file and compares them with the live ones: exit 0 when equal, 1 when not')
    .option('--projection <name>', 'verify this projection alone, up to its own checkpoint')
    .option('--batch-size <n>', 'events per transaction of the rebuild')
    .option('--read-store <location>', readStoreHelp())
    .option('--store <location>', STORE_OPTION_HELP)
    .option('--json', 'the report as one JSON object: log head, events replayed, projections, digests, duration, differences')
    .action((options: VerifyOptions) => {
      const batchSize = batchSizeOption(options.batchSize);
      const selected = projectionOption(options.projection);
      const live = activeReadStoreFile(readStoreLocation(options));
      checkpointsIn(live);
      return withExistingStore(options, async (store) => {
        const progress = progressLine();
        const report = await verifyReadModel(store, live, selected, { batchSize, onProgress: progress.update }).catch((error: unknown) => {
          progress.end();
          throw explainReadStoreFailure(live, error);
        });
        progress.end();
        process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : describe(report));
        process.exitCode = report.equal ? 0 : 1;
      });
    });
}

function describe(report: VerifyReport): string {
  const lines = [
    `${report.equal ? 'EQUAL' : 'DIFFERENT'}: ${report.liveFile} at ${report.position ?? 'the start'} (log head ${report.logHead ?? 'none'}), ${report.eventsReplayed} events replayed in ${(report.durationMs / 1000).toFixed(1)} s`,
    ...report.projections.map((p) => `  ${p.name} v${p.version}${p.liveVersion !== p.version ? ` (live: v${p.liveVersion ?? 'none'})` : ''}`),
  ];
  for (const [table, live] of Object.entries(report.digests.live.tables)) {
    const rebuilt = report.digests.rebuilt.tables[table];
    const same = live.sha256 === rebuilt.sha256;
    lines.push(`  ${same ? '=' : '≠'} ${table}: ${live.rows} rows ${live.sha256}${same ? '' : `, rebuilt ${rebuilt.rows} rows ${rebuilt.sha256}`}`);
  }
  lines.push(`  digest ${report.digests.live.sha256}${report.equal ? '' : `, rebuilt ${report.digests.rebuilt.sha256}`}`);
  const { differences } = report;
  if (differences.total > 0) {
    const shown = differences.byCompany.reduce((sum, company) => sum + company.rows.length, 0);
    lines.push(`${differences.total} rows differ in ${differences.companies} companies${shown < differences.total ? ` (first ${shown} shown)` : ''}:`);
    for (const company of differences.byCompany) {
      lines.push(`  ${company.companyId}`);
      for (const row of company.rows) lines.push(`    ${row.kind} ${row.table} ${JSON.stringify(row.key)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
