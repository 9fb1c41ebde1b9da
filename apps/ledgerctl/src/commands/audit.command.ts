import { Command } from 'commander';
import { ChainAuditReport, chainAuditReport } from '@ledger/event-store';
import { companyStream } from '@ledger/disclosures';
import { CliError } from '../cli-error';
import { STORE_OPTION_HELP, StoreOption, withExistingStore } from '../store-option';
import { readAnchor, saveAnchor } from './chain-anchor-file';

interface ChainOptions extends StoreOption {
  company?: string;
  json?: boolean;
  saveTips?: string;
  against?: string;
}

export function auditCommand(): Command {
  const audit = new Command('audit').description('proofs that the log was not altered');
  audit
    .command('chain')
    .exitOverride()
    .description("recomputes every company stream's hash chain and names the first broken link: exit 0 when whole, 1 on a break")
    .option('--company <id>', 'one company only')
    .option('--store <location>', STORE_OPTION_HELP)
    .option('--json', 'the report as one JSON object')
    .option('--save-tips <file>', "when intact, saves each stream's last link into this new file: an anchor for a later audit")
    .option(
      '--against <file>',
      'also checks that every link anchored by an earlier --save-tips is still there with its hash (finds streams cut short or replaced)',
    )
    .action(async (options: ChainOptions) => {
      const anchor = options.against === undefined ? undefined : await readAnchor(options.against);
      return withExistingStore(options, async (store) => {
        const streamId = options.company === undefined ? undefined : companyStream(options.company);
        const { report, tips, found } = await chainAuditReport(store, { streamId, anchor });
        if (!found) throw new CliError(`no stream ${streamId}`);
        if (report.ok && options.saveTips !== undefined) saveAnchor(options.saveTips, { savedAt: new Date().toISOString(), head: report.head, tips });
        process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : describe(report));
        process.exitCode = report.ok ? 0 : 1;
      });
    });
  return audit;
}

function describe(report: ChainAuditReport): string {
  const checked = `${report.streams} streams, ${report.events} events checked in ${(report.durationMs / 1000).toFixed(1)} s`;
  if (!report.broken) return `chain intact: ${checked}\n`;
  const link = report.broken;
  return [
    `BROKEN LINK at ${link.streamId} revision ${link.revision} (${link.reason})`,
    `  expected hash ${link.expectedHash}`,
    `  found hash    ${link.foundHash ?? (link.reason === 'truncated' ? '(that revision is gone)' : '(event unreadable)')}`,
    ...(link.detail ? [`  ${link.detail}`] : []),
    `  read: ${checked}`,
    '',
  ].join('\n');
}
