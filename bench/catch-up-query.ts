import { join } from 'node:path';
import { generatedCompanyId } from '@ledger/event-store/testing';
import { DEFAULT_MAX_BATCH_EVENTS, activeReadStoreFile } from '@ledger/projections';
import { startApp, stopApp } from './lib/app-process';
import type { LoadResult } from './lib/autocannon-run';
import { getLoad } from './lib/get-load';
import { loadGenerator } from './lib/wrk-run';
import { formatRate } from './lib/format';
import { median } from './lib/median';
import { writeGeneratedLedger } from './lib/generated-ledger-file';
import { renderTable } from './lib/table';
import { CpuSpinner } from './lib/cpu-spinner';
import { StandInProjector } from './lib/stand-in-projector';
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
 * caught-up server (the same-run peer), then beside two kinds of background work that are no projector
 * (the floors: a process that only computes, one that writes the same rows). Prints p50/p99 of each and
 * the catch-up rate.
 */
export async function catchUpQueryBenchmark(): Promise<void> {
  await withTempDir('bench-catch-up-query', async (dir) => {
    const { store, events } = await writeGeneratedLedger(join(dir, 'ledger.db'), SHAPE);
    const head = Number((await store.headPosition()) ?? 0);
    await store.close();
    const readStore = join(dir, 'read.db');
    const api = await startApp('query-api', { LEDGER_STORE: join(dir, 'ledger.db'), LEDGER_READ_STORE: readStore });
    try {
      const started = performance.now();
      const from = await position(api.baseUrl);
      const windows: LoadResult[] = [];
      let at = from;
      while (at < head) {
        windows.push(await getLoad(api.baseUrl, PATHS, CONNECTIONS, WINDOW_SECONDS));
        at = await position(api.baseUrl);
        console.error(`  at ${formatRate(at)} of ${formatRate(head)}: p99 ${windows.at(-1)!.p99Ms} ms`);
      }
      const seconds = (performance.now() - started) / 1000;
      const caughtUp = await getLoad(api.baseUrl, PATHS, CONNECTIONS, CAUGHT_UP_SECONDS);
      const floors = await measureFloors(api.baseUrl, join(dir, 'ledger.db'), activeReadStoreFile(readStore), dir);
      report(events, head - from, seconds, windows, caughtUp, floors);
    } finally {
      await stopApp(api.child);
    }
  });
}

/** The floors: the caught-up server under the same load beside background work that is not a projector. */
interface Floors {
  /** Beside a process that only computes, at the lowest priority. */
  besideSpinner: LoadResult;
  /** Beside a process writing the read model's rows by plain INSERTs, at the projector's priority. */
  besideStandIn: LoadResult;
  standInEventsPerSecond: number;
}

/** The same load on the caught-up server beside background work that is not a projector: the floors. */
async function measureFloors(baseUrl: string, logFile: string, readStore: string, dir: string): Promise<Floors> {
  console.error('floor: the same load beside a process that only computes, at the lowest priority...');
  const spinner = await CpuSpinner.start();
  const besideSpinner = await getLoad(baseUrl, PATHS, CONNECTIONS, CAUGHT_UP_SECONDS).finally(() => spinner.stop());
  console.error("floor: the same load while a stand-in process writes the same rows at the projector's priority...");
  const standIn = await StandInProjector.start({ logFile, readStore, dir, batchEvents: DEFAULT_MAX_BATCH_EVENTS });
  standIn.go();
  const besideStandIn = await getLoad(baseUrl, PATHS, CONNECTIONS, CAUGHT_UP_SECONDS).catch(async (error: unknown) => {
    await standIn.stop();
    throw error;
  });
  return { besideSpinner, besideStandIn, standInEventsPerSecond: await standIn.stop() };
}

const loadRow = (label: string, load: LoadResult) => [label, formatRate(load.requestsPerSecond), String(load.p50Ms), String(load.p99Ms)];

function report(events: number, projected: number, seconds: number, windows: LoadResult[], caughtUp: LoadResult, floors: Floors): void {
  const during = windows.length > 0 ? windows : [caughtUp];
  const worstP99 = Math.max(...during.map((window) => window.p99Ms));
  // The first window also holds the server's own warm-up (its code not yet compiled), which the
  // caught-up load, measured last, does not: the median window shows the catch-up's cost without it.
  const medianP99 = Number(median(during.map((window) => window.p99Ms)).toFixed(3));
  const p50 = median(during.map((window) => window.p50Ms));
  const rate = projected / seconds;
  console.log(
    `catch-up-query: the built query-api on ${formatRate(events)} events (1 correction per ${SHAPE.correctionEvery} disclosures) from an empty read store, GET /v1/companies/:id at ${CONNECTIONS} connections; load from ${loadGenerator()}.`,
  );
  console.log(
    `caught up ${formatRate(projected)} events in ${seconds.toFixed(1)} s under load: ${formatRate(rate)} events/s (target >= ${formatRate(TARGET_RATE)}: ${rate >= TARGET_RATE ? 'met' : 'NOT met'}).`,
  );
  console.log();
  const rows = [
    [
      'while catching up (2 s windows: median p50; median and worst p99)',
      formatRate(median(during.map((w) => w.requestsPerSecond))),
      String(p50),
      `${medianP99} / ${worstP99}`,
    ],
    loadRow('caught up (same run)', caughtUp),
    loadRow('floor: caught up, beside a process computing at nice 19', floors.besideSpinner),
    loadRow(
      `floor: caught up, beside a process writing the same rows at nice 10 (${formatRate(floors.standInEventsPerSecond)} events/s)`,
      floors.besideStandIn,
    ),
  ];
  console.log(renderTable(['GET /v1/companies/:id', 'req/s', 'p50 ms', 'p99 ms'], rows, 1));
  const ratio = (p99: number, to = caughtUp.p99Ms) => (p99 / Math.max(to, 1)).toFixed(2);
  console.log(
    `p99 while catching up / caught up: ${ratio(medianP99)}x (median window), ${ratio(worstP99)}x (worst); target p99 <= ${TARGET_P99_MS} ms while catching up: ${worstP99 <= TARGET_P99_MS ? 'met' : 'NOT met'}.`,
  );
  const floor = Math.min(floors.besideSpinner.p99Ms, floors.besideStandIn.p99Ms);
  console.log(
    `p99 while catching up / the lower floor: ${ratio(medianP99, floor)}x (median window); the floors ${floor <= TARGET_P99_MS ? 'meet' : 'miss'} the target: background work that is no projector leaves the queries p99 ${floor} ms at best.`,
  );
  console.log(JSON.stringify({ bench: 'catch-up-query', events, projected, seconds, eventsPerSecond: rate, windows, caughtUp, floors }));
}
