import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { DecisionIndex, buildDecisionIndex } from '@ledger/ledger';
import { appendGeneratedLedger, generatedCompanyId } from '@ledger/event-store/testing';
import { startApp, stopApp } from './lib/app-process';
import { postLoadTest } from './lib/autocannon-run';
import { bareAppendsPerSecond } from './lib/bare-growth-floor';
import { buildApps } from './lib/build-apps';
import { formatRate } from './lib/format';
import { disclosureBody, disclosuresPath, postJson, registerCompanies } from './lib/ledger-writes';
import { median } from './lib/median';
import { percentile } from './lib/percentile';
import { rssMiB } from './lib/process-rss';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';

/** Events of the large ledger; smaller for a quick run (BENCH_GROWTH_EVENTS=200000). */
const LARGE_EVENTS = Number(process.env.BENCH_GROWTH_EVENTS ?? 10_000_000);
const PER_COMPANY = 10_000;
const COMPANIES = Math.max(2, Math.round(LARGE_EVENTS / PER_COMPANY));
const COLD_SAMPLE = Math.min(COMPANIES - 1, 200);
/** Writes under load, and batches into one company: fewer for a quick run (BENCH_GROWTH_WRITES, BENCH_GROWTH_BATCHES). */
const LOAD_WRITES = Number(process.env.BENCH_GROWTH_WRITES ?? 10_000);
const CONNECTIONS = 64;
const BATCHES = Number(process.env.BENCH_GROWTH_BATCHES ?? 100);
const BATCH_SIZE = 500;
const TARGETS = { rssMiB: 300, firstWriteMs: 50, coldWarmP99Ms: 10, batchDrift: 1.2, largeVsEmpty: 1.2 };

const companyIds = Array.from({ length: COMPANIES }, (_, i) => generatedCompanyId(i));

interface Figures {
  firstWriteMs: number;
  coldP99Ms: number;
  warmP99Ms: number;
  /** The first load after the restart: most companies' first write since it (their index tip checked against the stream). */
  writesPerSecond: number;
  loadP99Ms: number;
  /** The same load again, every company checked. */
  againWritesPerSecond: number;
  againP99Ms: number;
  /** Answers under load that were not 2xx, and requests that failed (autocannon's 10 s timeout). */
  loadFailures: number;
  rssMiB: number;
  firstBatchMs: number;
  lastBatchMs: number;
  /** Median of the last ten batches over the median of the first ten. */
  batchDrift: number;
}

let written = 0;
const nextBody = (companyId: string) => disclosureBody(companyId, written++);

async function singleWrite(baseUrl: string, companyId: string): Promise<number> {
  const answer = await postJson(baseUrl, disclosuresPath(companyId), nextBody(companyId));
  if (answer.status !== 201) throw new Error(`a write to ${companyId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.ms;
}

async function sequentialWrites(baseUrl: string, ids: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const companyId of ids) times.push(await singleWrite(baseUrl, companyId));
  return times;
}

/** The same writes on a ledger: a fresh ledger-api process on it, measured from its first request. */
async function measure(storeFile: string): Promise<Figures> {
  const app = await startApp('ledger-api', { LEDGER_STORE: storeFile });
  try {
    const firstWriteMs = await singleWrite(app.baseUrl, companyIds[COMPANIES - 1]);
    const sample = companyIds.slice(0, COLD_SAMPLE);
    const cold = await sequentialWrites(app.baseUrl, sample);
    const warm = [...(await sequentialWrites(app.baseUrl, sample)), ...(await sequentialWrites(app.baseUrl, sample))];
    const load = await timedLoad(app.baseUrl);
    const rss = rssMiB(app.child.pid);
    const again = await timedLoad(app.baseUrl);
    const batches = await batchesIntoOneCompany(app.baseUrl, companyIds[COMPANIES - 1]);
    return {
      firstWriteMs,
      coldP99Ms: percentile(cold, 0.99),
      warmP99Ms: percentile(warm, 0.99),
      writesPerSecond: load.writesPerSecond,
      loadP99Ms: load.p99Ms,
      againWritesPerSecond: again.writesPerSecond,
      againP99Ms: again.p99Ms,
      loadFailures: load.failures + again.failures,
      rssMiB: rss,
      firstBatchMs: batches[0],
      lastBatchMs: batches[batches.length - 1],
      batchDrift: median(batches.slice(-10)) / median(batches.slice(0, 10)),
    };
  } finally {
    await stopApp(app.child);
  }
}

let sentUnderLoad = 0;

/** LOAD_WRITES single writes over the connections, round-robin over the companies. */
async function timedLoad(baseUrl: string): Promise<{ writesPerSecond: number; p99Ms: number; failures: number }> {
  let answered = 0;
  let lastAnswerAt = 0;
  const started = performance.now();
  const load = await postLoadTest(baseUrl, {
    connections: CONNECTIONS,
    amount: LOAD_WRITES,
    next: () => {
      const companyId = companyIds[sentUnderLoad++ % COMPANIES];
      return { path: disclosuresPath(companyId), body: JSON.stringify(nextBody(companyId)) };
    },
    onResponse: () => {
      answered++;
      lastAnswerAt = performance.now();
    },
  });
  // Up to the last answer: autocannon resolves a fixed amount only at its next one-second tick.
  const seconds = (lastAnswerAt - started) / 1000;
  return { writesPerSecond: (answered - load.non2xx) / seconds, p99Ms: load.p99Ms, failures: load.non2xx + load.errors };
}

async function batchesIntoOneCompany(baseUrl: string, companyId: string): Promise<number[]> {
  const times: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const disclosures = Array.from({ length: BATCH_SIZE }, () => nextBody(companyId));
    const answer = await postJson(baseUrl, disclosuresPath(companyId), { disclosures });
    if (answer.status !== 201) throw new Error(`batch ${b + 1} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    times.push(answer.ms);
  }
  return times;
}

async function emptyLedger(file: string): Promise<void> {
  const app = await startApp('ledger-api', { LEDGER_STORE: file });
  try {
    await registerCompanies(app.baseUrl, companyIds);
  } finally {
    await stopApp(app.child);
  }
}

/** The generated ledger through the port, then its decision index by the index's own bulk path. */
async function largeLedger(file: string): Promise<{ generateSeconds: number; indexSeconds: number; events: number }> {
  console.error(`generating ${formatRate(LARGE_EVENTS)} events over ${formatRate(COMPANIES)} companies...`);
  let started = performance.now();
  const store = SqliteEventStore.open(file, { synchronous: 'NORMAL' });
  const index = DecisionIndex.open(join(dirname(file), 'ledger.decisions.db'));
  try {
    const events = COMPANIES + (await appendGeneratedLedger(store, { companies: COMPANIES, disclosures: LARGE_EVENTS - COMPANIES, eventsPerAppend: 1_000 }));
    const generateSeconds = (performance.now() - started) / 1000;
    console.error(`generated in ${generateSeconds.toFixed(1)} s; building the decision index...`);
    started = performance.now();
    await buildDecisionIndex(store, index, (read) => read % 1_000_000 < 20_000 && console.error(`  ${formatRate(read)} events indexed`));
    return { generateSeconds, indexSeconds: (performance.now() - started) / 1000, events };
  } finally {
    index.close();
    await store.close();
  }
}

export async function growthBenchmark(): Promise<void> {
  buildApps();
  await withTempDir('bench-growth', async (dir) => {
    const emptyFile = join(dir, 'empty', 'ledger.db');
    const largeFile = join(dir, 'large', 'ledger.db');
    for (const file of [emptyFile, largeFile]) mkdirSync(dirname(file), { recursive: true });
    await emptyLedger(emptyFile);
    console.error('measuring on the empty ledger...');
    const empty = await measure(emptyFile);
    const emptyFloor = bareAppendsPerSecond(emptyFile, companyIds, LOAD_WRITES, CONNECTIONS);
    const large = await largeLedger(largeFile);
    console.error('measuring on the large ledger...');
    const onLarge = await measure(largeFile);
    const largeFloor = bareAppendsPerSecond(largeFile, companyIds, LOAD_WRITES, CONNECTIONS);
    report(empty, onLarge, large, { empty: emptyFloor, large: largeFloor });
  });
}

/** Appends per second of the bare loop on each store file (see bareAppendsPerSecond). */
interface Floor {
  empty: number;
  large: number;
}

function report(empty: Figures, large: Figures, built: { generateSeconds: number; indexSeconds: number; events: number }, floor: Floor): void {
  console.log(
    `growth: the same writes to the built ledger-api process (SQLite, synchronous=FULL), restarted, on an empty ledger and on one of ${formatRate(built.events)} events`,
  );
  console.log(`(${formatRate(COMPANIES)} companies of ${formatRate(PER_COMPANY)} disclosures; the empty one has the same companies, registered only).`);
  console.log(
    `The large ledger was generated through the port in ${built.generateSeconds.toFixed(1)} s; its decision index was built in one pass in ${built.indexSeconds.toFixed(1)} s (${formatRate(built.events / built.indexSeconds)} events/s).`,
  );
  console.log(
    `cold: the first write to each of ${COLD_SAMPLE} companies after the restart; warm: two more rounds; load: ${formatRate(LOAD_WRITES)} writes over ${CONNECTIONS} connections, then as many again; batches: ${BATCHES} of ${BATCH_SIZE} into one company.`,
  );
  console.log();
  const ms = (value: number) => value.toFixed(1);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  /** `a` at most 20 % above `b`: the worse figure first (the large ledger's time, the empty ledger's rate). */
  const within = (a: number, b: number) => a / b <= TARGETS.largeVsEmpty;
  const rows: [string, number, number, string, boolean][] = [
    [`RSS after restart + ${formatRate(LOAD_WRITES)} writes, MiB`, empty.rssMiB, large.rssMiB, `<= ${TARGETS.rssMiB}`, large.rssMiB <= TARGETS.rssMiB],
    ['first write after restart, ms', empty.firstWriteMs, large.firstWriteMs, `<= ${TARGETS.firstWriteMs}`, large.firstWriteMs <= TARGETS.firstWriteMs],
    ['cold write p99, ms', empty.coldP99Ms, large.coldP99Ms, `<= ${TARGETS.coldWarmP99Ms}`, large.coldP99Ms <= TARGETS.coldWarmP99Ms],
    ['warm write p99, ms', empty.warmP99Ms, large.warmP99Ms, `<= ${TARGETS.coldWarmP99Ms}`, large.warmP99Ms <= TARGETS.coldWarmP99Ms],
    ['writes/s under load', empty.writesPerSecond, large.writesPerSecond, 'large within 20 %', within(empty.writesPerSecond, large.writesPerSecond)],
    ['p99 under load, ms', empty.loadP99Ms, large.loadP99Ms, 'large within 20 %', within(large.loadP99Ms, empty.loadP99Ms)],
    [
      'writes/s under load, again',
      empty.againWritesPerSecond,
      large.againWritesPerSecond,
      'large within 20 %',
      within(empty.againWritesPerSecond, large.againWritesPerSecond),
    ],
    ['p99 under load again, ms', empty.againP99Ms, large.againP99Ms, 'large within 20 %', within(large.againP99Ms, empty.againP99Ms)],
    ['failed or non-2xx under load', empty.loadFailures, large.loadFailures, 'none', empty.loadFailures + large.loadFailures === 0],
    ['batch of 500: 1st, ms', empty.firstBatchMs, large.firstBatchMs, 'large within 20 %', within(large.firstBatchMs, empty.firstBatchMs)],
    [`batch of 500: ${BATCHES}th, ms`, empty.lastBatchMs, large.lastBatchMs, 'large within 20 %', within(large.lastBatchMs, empty.lastBatchMs)],
    [
      'batches: last 10 / first 10 (medians)',
      empty.batchDrift,
      large.batchDrift,
      `<= ${TARGETS.batchDrift}`,
      large.batchDrift <= TARGETS.batchDrift && empty.batchDrift <= TARGETS.batchDrift,
    ],
  ];
  console.log(
    renderTable(
      ['measure', 'empty', 'large', 'large / empty', 'target', 'met'],
      rows.map(([measure, a, b, target, met]) => [measure, ms(a), ms(b), ratio(b, a), target, met ? 'met' : 'NOT met']),
      1,
    ),
  );
  console.log(
    `floor, same run: a bare loop on each store file, after the ledger's runs: ${formatRate(LOAD_WRITES)} single-event appends (tip read and insert), ` +
      `${CONNECTIONS} a transaction: empty ${formatRate(floor.empty)}/s, large ${formatRate(floor.large)}/s, large / empty ${(floor.large / floor.empty).toFixed(2)}.`,
  );
  console.log(
    JSON.stringify({
      bench: 'growth',
      floorAppendsPerSecond: floor,
      events: built.events,
      companies: COMPANIES,
      generateSeconds: built.generateSeconds,
      indexSeconds: built.indexSeconds,
      empty,
      large,
    }),
  );
}
