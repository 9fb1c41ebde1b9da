import { Command } from 'commander';
import * as path from 'node:path';
import { LEDGER_PROJECTIONS, RebuildInProgressError, RebuildLimit, parseRebuildLimit, rebuildAndSwap } from '@ledger/projections';
import { CliError } from '../cli-error';
import { progressLine } from '../progress-line';
import { STORE_OPTION_HELP, StoreOption, withExistingStore } from '../store-option';
import { buildPointInTimeCopy } from './point-in-time-copy';
import { batchSizeOption, projectionOption, readStoreHelp, readStoreLocation } from './projection-options';

interface RebuildOptions extends StoreOption {
  readStore?: string;
  projection?: string;
  until?: string;
  output?: string;
  batchSize?: string;
  digest?: boolean;
  json?: boolean;
}

export function rebuildCommand(): Command {
  return new Command('rebuild')
    .exitOverride()
    .description('builds the read models (or one) afresh from the start of the log into a new file, then swaps it in (a serving query service moves over)')
    .option('--projection <name>', 'rebuild this projection alone; the others are copied from the file in service as they stand')
    .option(
      '--until <position|instant>',
      'a point-in-time copy: up to a log position, or what was recorded up to an ISO 8601 instant with its zone (a date: up to its end, UTC); needs --output',
    )
    .option('--output <file>', 'with --until: the new file to build (never an existing one; it is not swapped in)')
    .option('--batch-size <n>', 'events per transaction (any size gives the same rows)')
    .option('--no-digest', 'skip the digest of every table at the end')
    .option('--read-store <location>', readStoreHelp())
    .option('--store <location>', STORE_OPTION_HELP)
    .option('--json', 'the outcome as one JSON object')
    .action((options: RebuildOptions) => {
      const selected = projectionOption(options.projection);
      const until = limitOf(options);
      return withExistingStore(options, async (store) => {
        const progress = progressLine();
        const build = { batchSize: batchSizeOption(options.batchSize), until, digest: options.digest, onProgress: progress.update };
        try {
          const outcome = until
            ? await buildPointInTimeCopy(store, options.output!, build)
            : await rebuildAndSwap(store, readStoreLocation(options), LEDGER_PROJECTIONS, { ...build, only: selected.map(({ name }) => name) });
          progress.end();
          const rate = outcome.durationMs > 0 ? Math.round((outcome.events * 1000) / outcome.durationMs) : 0;
          const report = {
            ...outcome,
            eventsPerSecond: rate,
            swapped: until === undefined,
            projections: selected.map(({ name, version }) => ({ name, version })),
          };
          if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
          else {
            process.stdout.write(
              `rebuilt ${outcome.events} events in ${(outcome.durationMs / 1000).toFixed(1)} s (${rate} events/s) up to ${outcome.position ?? 'the start'} into ${outcome.file}\n`,
            );
            if (outcome.digests) process.stdout.write(`digest ${outcome.digests.sha256}\n`);
            if (!until) process.stdout.write(`swapped in: ${path.basename(outcome.file)} now serves ${readStoreLocation(options)}\n`);
          }
        } catch (error) {
          progress.end();
          if (error instanceof RebuildInProgressError) throw new CliError(error.message, 1);
          throw error;
        }
      });
    });
}

function limitOf(options: RebuildOptions): RebuildLimit | undefined {
  if (options.until === undefined) {
    if (options.output !== undefined) throw new CliError('--output goes with --until (a full rebuild is swapped in at the read store)');
    return undefined;
  }
  const limit = parseRebuildLimit(options.until);
  if (!limit) throw new CliError(`--until must be a log position, a date or an ISO 8601 instant with its zone, got ${JSON.stringify(options.until)}`);
  if (options.output === undefined) throw new CliError('--until builds a point-in-time copy: name its file with --output');
  if (options.projection !== undefined) throw new CliError('--projection rebuilds one projection in service; a point-in-time copy (--until) holds them all');
  return limit;
}
