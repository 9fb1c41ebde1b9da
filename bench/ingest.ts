import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMPANY_STREAMS } from '@ledger/disclosures';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { startApp } from './lib/app-process';
import { buildApps } from './lib/build-apps';
import { formatRate } from './lib/format';
import { measureFsyncsPerSecond } from './lib/fsync-bound';
import { ingestLoad } from './lib/ingest-load';
import { registerCompanies } from './lib/ledger-writes';
import { processCpuMs } from './lib/process-cpu';
import { rssMiB } from './lib/process-rss';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';

const CONNECTIONS = 64;
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 1_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 3;
/** Acknowledged writes of the final load after which the process is killed. */
const WRITES_BEFORE_KILL = 2_000;
const TARGET_RATE = 5_000;
const TARGET_P99_MS = 50;

const companyIds = Array.from({ length: COMPANIES }, (_, i) => `ingest-co-${String(i).padStart(5, '0')}`);

/** The disclosure ids the store holds, read from the file after the process was killed. */
async function storedDisclosureIds(file: string): Promise<Set<string>> {
  const store = SqliteEventStore.open(file);
  const ids = new Set<string>();
  try {
    for await (const event of store.readAll({ filter: COMPANY_STREAMS })) {
      if (event.type !== 'CompanyRegistered') ids.add(String(event.data.disclosureId));
    }
  } finally {
    await store.close();
  }
  return ids;
}

/** The built ledger-api process under 64 connections posting single disclosures, then SIGKILL under load. */
export async function ingestBenchmark(): Promise<void> {
  buildApps();
  await withTempDir('bench-ingest', async (dir) => {
    const fsyncsPerSecond = measureFsyncsPerSecond(dir);
    const file = join(dir, 'ledger.db');
    const app = await startApp('ledger-api', { LEDGER_STORE: file });
    const pid = app.child.pid;
    const ackedDir = join(dir, 'acked');
    mkdirSync(ackedDir);
    const load = ingestLoad(app.baseUrl, companyIds, CONNECTIONS, ackedDir);
    await registerCompanies(app.baseUrl, companyIds);
    console.error(`${COMPANIES} companies registered; load from ${load.describe}; warming up ${WARMUP_SECONDS} s, then measuring ${SECONDS} s...`);
    await load.run(WARMUP_SECONDS);

    const cpuBefore = processCpuMs(pid) ?? Number.NaN;
    const measured = await load.run(SECONDS);
    const { writes: measuredWrites, elapsedMs } = measured;
    const cpuMs = (processCpuMs(pid) ?? Number.NaN) - cpuBefore;
    const rss = rssMiB(pid);
    console.error(`measured: ${formatRate((measuredWrites * 1000) / elapsedMs)} writes/s, p99 ${measured.p99Ms} ms`);

    console.error(`killing ledger-api (SIGKILL) after ${WRITES_BEFORE_KILL} more acknowledged writes under load...`);
    const exited = new Promise((done) => app.child.once('exit', done));
    const isDead = () => app.child.exitCode !== null || app.child.signalCode !== null;
    await load.runUntilKilled(WRITES_BEFORE_KILL, () => app.child.kill('SIGKILL'), isDead);
    // Killed now at the latest, should the load have ended first (a slow machine).
    if (!isDead()) app.child.kill('SIGKILL');
    await exited;
    const stored = await storedDisclosureIds(file);
    const acknowledged = load.acknowledged();
    const lost = [...acknowledged].filter((id) => !stored.has(id)).length;

    const writesPerSecond = (measuredWrites * 1000) / elapsedMs;
    const met = writesPerSecond >= TARGET_RATE && measured.p99Ms <= TARGET_P99_MS && lost === 0;
    console.log(
      `ingest: the built ledger-api process (SQLite store, synchronous=FULL), ${CONNECTIONS} connections posting single disclosures over ${COMPANIES} companies for ${SECONDS} s; load from ${load.describe}.`,
    );
    console.log(`This disk's fsync probe: ${formatRate(fsyncsPerSecond)} fsyncs/s (a store that fsyncs each commit alone can do no more writes/s than that).`);
    console.log();
    console.log(
      renderTable(
        [
          'writes/s',
          'p50 ms',
          'p99 ms',
          'vs fsync probe',
          'server cores',
          'load cores',
          'CPU ms/write',
          'RSS MiB',
          'refused',
          'acknowledged',
          'lost after SIGKILL',
          `>= ${formatRate(TARGET_RATE)}/s, p99 <= ${TARGET_P99_MS} ms, none lost`,
        ],
        [
          [
            formatRate(writesPerSecond),
            String(measured.p50Ms),
            String(measured.p99Ms),
            `${(writesPerSecond / fsyncsPerSecond).toFixed(2)}x`,
            (cpuMs / elapsedMs).toFixed(2),
            measured.generatorCpuMs === null ? 'in bench' : (measured.generatorCpuMs / elapsedMs).toFixed(2),
            (cpuMs / measuredWrites).toFixed(3),
            rss.toFixed(0),
            String(measured.refused),
            formatRate(acknowledged.size),
            String(lost),
            met ? 'met' : 'NOT met',
          ],
        ],
        0,
      ),
    );
    console.log(
      JSON.stringify({
        bench: 'ingest',
        connections: CONNECTIONS,
        companies: COMPANIES,
        seconds: SECONDS,
        writesPerSecond,
        p50Ms: measured.p50Ms,
        p99Ms: measured.p99Ms,
        fsyncsPerSecond,
        serverCores: cpuMs / elapsedMs,
        loadGenerator: load.describe,
        loadCores: measured.generatorCpuMs === null ? null : measured.generatorCpuMs / elapsedMs,
        cpuMsPerWrite: cpuMs / measuredWrites,
        rssMiB: rss,
        refused: measured.refused,
        acknowledged: acknowledged.size,
        stored: stored.size,
        lost,
      }),
    );
  });
}
