import { LEDGER_PROJECTIONS, activeReadStoreFile, rebuildAndSwap } from '@ledger/projections';
import { sqliteFootprintBytes } from './lib/file-size';
import { formatRate } from './lib/format';
import { writeGeneratedLedger } from './lib/generated-ledger-file';
import { median } from './lib/median';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';
import { secondsTaken } from './lib/timing';

const SHAPE = { companies: 10_000, disclosures: Number(process.env.BENCH_DISCLOSURES ?? 1_000_000), eventsPerAppend: 100 };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BATCH = process.env.BENCH_BATCH === undefined ? undefined : Number(process.env.BENCH_BATCH);
const TARGET = 150_000;

/**
 * `ledgerctl projections rebuild` end to end, in process: a fresh file from position zero with every
 * projection, deferred indexes, sync, pointer swap; with and without the digest of every table.
 */
export async function rebuildBenchmark(): Promise<void> {
  await withTempDir('bench-rebuild', async (dir) => {
    const { store, events } = await writeGeneratedLedger(`${dir}/ledger.db`, SHAPE);
    const location = `${dir}/read.db`;
    const rows: string[][] = [];
    const summary: Record<string, number[]> = {};
    for (const digest of [false, true]) {
      const rates: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const seconds = await secondsTaken(async () => void (await rebuildAndSwap(store, location, LEDGER_PROJECTIONS, { digest, batchSize: BATCH })));
        rates.push(events / seconds);
        console.error(`  ${digest ? 'with' : 'without'} digest, run ${run + 1}/${RUNS}: ${formatRate(events / seconds)} events/s in ${seconds.toFixed(1)} s`);
      }
      const rate = median(rates);
      summary[digest ? 'withDigest' : 'withoutDigest'] = rates;
      rows.push([
        `rebuild + swap${digest ? ' + digest' : ''}`,
        formatRate(events),
        formatRate(rate),
        rates.map(formatRate).join(' / '),
        `>= ${formatRate(TARGET)} ${rate >= TARGET ? 'met' : 'NOT met'}`,
      ]);
    }
    const bytes = sqliteFootprintBytes(activeReadStoreFile(location));
    await store.close();
    console.log(
      `rebuild: ${formatRate(events)} events (${formatRate(SHAPE.companies)} companies) from position zero into a fresh file, all projections, swapped in; median of ${RUNS} runs.`,
    );
    console.log();
    console.log(renderTable(['subject', 'events', 'events/s', 'runs', 'target'], rows, 1));
    console.log();
    console.log(`read store after rebuild: ${Math.round(bytes / 2 ** 20)} MiB.`);
    console.log(
      JSON.stringify({
        bench: 'rebuild',
        events,
        companies: SHAPE.companies,
        batchSize: BATCH ?? null,
        runsEventsPerSecond: summary,
        target: TARGET,
        readStoreBytes: bytes,
      }),
    );
  });
}
