import { join } from 'node:path';
import { generatedCompanyId } from '@ledger/event-store/testing';
import { startApp, stopApp } from './lib/app-process';
import { LoadResult, loadTest } from './lib/autocannon-run';
import { formatRate } from './lib/format';
import { median } from './lib/median';
import { writeGeneratedLedger } from './lib/generated-ledger-file';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';

/** Size: `npm run bench -- catch-up-query 200000`, else BENCH_DISCLOSURES, else 1,000,000 events in all. */
const DISCLOSURES = Number(process.argv[3] ?? process.env.BENCH_DISCLOSURES ?? 950_000);
/** One correction per 20 disclosures: 1,000,000 events in all at the default size. */
const SHAPE = { companies: 10_000, disclosures: DISCLOSURES, eventsPerAppend: 100, correctionEvery: 20 };
const CONNECTIONS = 64;
/** Load is measured in windows of this length while the projector catches up. */
const WINDOW_SECONDS = 2;
const CAUGHT_UP_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_P99_MS = 15;
/** The offered rate of the second load, below what the server answers when saturated. */
const OFFERED_RATE = Number(process.env.BENCH_QUERY_RATE ?? 1_000);
const TARGET_RATE = 150_000;

const PATHS = Array.from({ length: 500 }, (_, i) => `/v1/companies/${generatedCompanyId((i * 7919) % SHAPE.companies)}`);

/** The read model's position, from the header every answer carries. */
async function position(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/v1/companies/${generatedCompanyId(0)}`);
  await response.text();
  return Number(response.headers.get('ledger-position') ?? 0);
}

/**
 * The built query-api started on a generated ledger with corrections and an empty read store: GET
 * /v1/companies/:id at 64 connections while its projector thread catches up, then the same load on the
 * caught-up server (the same-run peer). Prints p50/p99 of both and the catch-up rate.
 */
export async function catchUpQueryBenchmark(): Promise<void> {
  await withTempDir('bench-catch-up-query', async (dir) => {
    const { store, events } = await writeGeneratedLedger(join(dir, 'ledger.db'), SHAPE);
    const head = Number((await store.headPosition()) ?? 0);
    await store.close();
    const api = await startApp('query-api', { LEDGER_STORE: join(dir, 'ledger.db'), LEDGER_READ_STORE: join(dir, 'read.db') });
    try {
      const started = performance.now();
      const from = await position(api.baseUrl);
      // Windows alternate between the two loads, so that both see every stage of the catch-up.
      const windows: Record<Load, LoadResult[]> = { saturating: [], offered: [] };
      let at = from;
      for (let window = 0; at < head; window++) {
        const load: Load = window % 2 === 0 ? 'saturating' : 'offered';
        windows[load].push(await loadTest(api.baseUrl, PATHS, CONNECTIONS, WINDOW_SECONDS, load === 'offered' ? OFFERED_RATE : undefined));
        at = await position(api.baseUrl);
        console.error(`  at ${formatRate(at)} of ${formatRate(head)}: ${load} p99 ${windows[load].at(-1)!.p99Ms} ms`);
      }
      const seconds = (performance.now() - started) / 1000;
      const caughtUp: Record<Load, LoadResult> = {
        saturating: await loadTest(api.baseUrl, PATHS, CONNECTIONS, CAUGHT_UP_SECONDS),
        offered: await loadTest(api.baseUrl, PATHS, CONNECTIONS, CAUGHT_UP_SECONDS, OFFERED_RATE),
      };
      report(events, head - from, seconds, windows, caughtUp);
    } finally {
      await stopApp(api.child);
    }
  });
}

/** As fast as answers come, or at OFFERED_RATE. */
type Load = 'saturating' | 'offered';

function report(events: number, projected: number, seconds: number, windows: Record<Load, LoadResult[]>, caughtUp: Record<Load, LoadResult>): void {
  const rate = projected / seconds;
  console.log(
    `catch-up-query: the built query-api on ${formatRate(events)} events (1 correction per ${SHAPE.correctionEvery} disclosures) from an empty read store, GET /v1/companies/:id at ${CONNECTIONS} connections.`,
  );
  console.log(
    `caught up ${formatRate(projected)} events in ${seconds.toFixed(1)} s under load: ${formatRate(rate)} events/s (target >= ${formatRate(TARGET_RATE)}: ${rate >= TARGET_RATE ? 'met' : 'NOT met'}).`,
  );
  console.log();
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const load of ['saturating', 'offered'] as const) {
    const during = windows[load].length > 0 ? windows[load] : [caughtUp[load]];
    const worstP99 = Math.max(...during.map((window) => window.p99Ms));
    const name = load === 'saturating' ? 'as fast as answered' : `offered ${formatRate(OFFERED_RATE)} req/s`;
    rows.push(
      [
        `${name}, while catching up (worst 2 s window p99, median p50)`,
        formatRate(median(during.map((w) => w.requestsPerSecond))),
        String(median(during.map((w) => w.p50Ms))),
        String(worstP99),
      ],
      [`${name}, caught up (same run)`, formatRate(caughtUp[load].requestsPerSecond), String(caughtUp[load].p50Ms), String(caughtUp[load].p99Ms)],
    );
    verdicts.push(
      `${name}: p99 while catching up / caught up ${(worstP99 / Math.max(caughtUp[load].p99Ms, 1)).toFixed(2)}x; target p99 <= ${TARGET_P99_MS} ms while catching up: ${worstP99 <= TARGET_P99_MS ? 'met' : 'NOT met'}.`,
    );
  }
  console.log(renderTable(['GET /v1/companies/:id, 64 connections', 'req/s', 'p50 ms', 'p99 ms'], rows, 1));
  for (const verdict of verdicts) console.log(verdict);
  console.log(JSON.stringify({ bench: 'catch-up-query', events, projected, seconds, eventsPerSecond: rate, offeredRate: OFFERED_RATE, windows, caughtUp }));
}
