import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generatedCompanyId } from '@ledger/event-store/testing';
import { startApp, stopApp } from './lib/app-process';
import { withTempDir } from './lib/temp-dir';
import type { LoadResult } from './lib/autocannon-run';
import { getLoad } from './lib/get-load';
import { loadGenerator } from './lib/wrk-run';
import { writeGeneratedLedger } from './lib/generated-ledger-file';
import { formatRate } from './lib/format';
import { rssMiB } from './lib/process-rss';
import { renderTable } from './lib/table';

const SHAPE = { companies: 10_000, disclosures: Number(process.env.BENCH_DISCLOSURES ?? 1_000_000), eventsPerAppend: 100 };
const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TARGET_RPS = 8_000;
const TARGET_P99_MS = 15;
const TARGET_RSS_MIB = 300;

async function waitForCatchUp(baseUrl: string, head: string): Promise<number> {
  const start = Date.now();
  for (;;) {
    const response = await fetch(`${baseUrl}/v1/companies/${generatedCompanyId(0)}?minPosition=${head}`);
    await response.text();
    if (response.status === 200) return (Date.now() - start) / 1000;
    await sleep(100);
  }
}

function companyPaths(suffix: string): string[] {
  return Array.from({ length: 500 }, (_, i) => `/v1/companies/${generatedCompanyId((i * 7919) % SHAPE.companies)}${suffix}`);
}

/** The built query-api as a process of its own on the generated ledger, under load from wrk (or autocannon in this process). */
export async function queryBenchmark(): Promise<void> {
  await withTempDir('bench-query', async (dir) => {
    const { store, events } = await writeGeneratedLedger(join(dir, 'ledger.db'), SHAPE);
    const head = (await store.headPosition()) ?? '0';
    await store.close();
    const api = await startApp('query-api', { LEDGER_STORE: join(dir, 'ledger.db'), LEDGER_READ_STORE: join(dir, 'read.db') });
    try {
      console.error('query-api started; waiting for its projector to catch up...');
      const catchUpSeconds = await waitForCatchUp(api.baseUrl, head);
      const results = await measure(api.baseUrl, api.child.pid ?? 0);
      report(events, catchUpSeconds, results);
    } finally {
      await stopApp(api.child);
    }
  });
}

interface ScenarioResult {
  scenario: string;
  load: LoadResult;
  rssMiB: number;
}

async function measure(baseUrl: string, pid: number): Promise<ScenarioResult[]> {
  const scenarios: [string, string[]][] = [
    ['GET /v1/companies/:id', companyPaths('')],
    ['GET /v1/companies/:id/disclosures?limit=50', companyPaths('/disclosures?limit=50')],
  ];
  const results: ScenarioResult[] = [];
  for (const [scenario, paths] of scenarios) {
    // Warm-up long enough for the write-back and collection that follow a catch-up to settle: steady state is measured.
    await getLoad(baseUrl, paths, CONNECTIONS, 10);
    const load = await getLoad(baseUrl, paths, CONNECTIONS, SECONDS);
    results.push({ scenario, load, rssMiB: rssMiB(pid) });
    console.error(`  ${scenario}: ${formatRate(load.requestsPerSecond)} req/s, p99 ${load.p99Ms} ms`);
  }
  return results;
}

function report(events: number, catchUpSeconds: number, results: ScenarioResult[]): void {
  console.log(
    `query: the built query-api process over ${formatRate(events)} events (${formatRate(SHAPE.companies)} companies), ${CONNECTIONS} connections, ${SECONDS} s each; load from ${loadGenerator()}.`,
  );
  console.log(`its projector caught up from zero in ${catchUpSeconds.toFixed(1)} s (${formatRate(events / catchUpSeconds)} events/s, serving HTTP alongside).`);
  console.log();
  const rows = results.map(({ scenario, load, rssMiB: rss }) => [
    scenario,
    formatRate(load.requestsPerSecond),
    String(load.p50Ms),
    String(load.p99Ms),
    String(load.non2xx + load.errors),
    rss.toFixed(0),
    load.requestsPerSecond >= TARGET_RPS && load.p99Ms <= TARGET_P99_MS && rss <= TARGET_RSS_MIB
      ? 'met'
      : `NOT met (>= ${formatRate(TARGET_RPS)}/s, p99 <= ${TARGET_P99_MS} ms, <= ${TARGET_RSS_MIB} MiB)`,
  ]);
  console.log(renderTable(['request', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'RSS MiB', 'targets'], rows, 1));
  console.log(JSON.stringify({ bench: 'query', events, companies: SHAPE.companies, connections: CONNECTIONS, seconds: SECONDS, catchUpSeconds, results }));
}
