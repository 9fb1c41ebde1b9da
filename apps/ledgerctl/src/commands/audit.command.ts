import { Command } from 'commander';
import { ChainAudit, auditChains } from '@ledger/event-store';
import { companyStream } from '@ledger/disclosures';
import { CliError } from '../cli-error';
import { STORE_OPTION_HELP, StoreOption, withExistingStore } from '../store-option';

interface ChainOptions extends StoreOption {
  company?: string;
  json?: boolean;
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
    .action((options: ChainOptions) =>
      withExistingStore(options, async (store) => {
        const startedAt = performance.now();
        const streamId = options.company === undefined ? undefined : companyStream(options.company);
        const audit = await auditChains(store, streamId);
        if (streamId !== undefined && audit.events === 0 && audit.ok) throw new CliError(`no stream ${streamId}`);
        const report = { ...audit, scope: streamId ?? 'company-*', head: await store.headPosition(), durationMs: Math.round(performance.now() - startedAt) };
        process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : describe(report));
        process.exitCode = audit.ok ? 0 : 1;
      }),
    );
  return audit;
}

function describe(report: ChainAudit & { scope: string; durationMs: number }): string {
  const checked = `${report.streams} streams, ${report.events} events checked in ${(report.durationMs / 1000).toFixed(1)} s`;
  if (!report.broken) return `chain intact: ${checked}\n`;
  const link = report.broken;
  return [
    `BROKEN LINK at ${link.streamId} revision ${link.revision} (${link.reason})`,
    `  expected hash ${link.expectedHash}`,
    `  found hash    ${link.foundHash ?? '(event unreadable)'}`,
    ...(link.detail ? [`  ${link.detail}`] : []),
    `  read: ${checked}`,
    '',
  ].join('\n');
}
