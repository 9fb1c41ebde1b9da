import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { generatedCompanyId } from '@ledger/event-store/testing';
import { startCatchUpReader } from './lib/catch-up-reader';
import { WritersRun, runConcurrentWriters } from './lib/concurrent-writers';
import { DeliveryLag } from './lib/delivery-lag';
import { formatRate } from './lib/format';
import { measureFsyncsPerSecond } from './lib/fsync-bound';
import { writeGeneratedLedger } from './lib/generated-ledger-file';
import { latencyFigures } from './lib/latency-figures';
import { KillResult, restartAfterKill } from './lib/restart-after-kill';
import { SeededRandom } from './lib/seeded-random';
import { withTempDir } from './lib/temp-dir';
import { WRITERS_USAGE, WritersOptions, parseWritersOptions } from './lib/writers-options';
import { Level, printWritersReport } from './lib/writers-report';
import { KillSummary, ReadWhileWritingRun, summariseKills, summariseReader, summariseWriters } from './lib/writers-summary';
import type { WriterSubjectKind } from './lib/writer-subject';
import { ZipfSampler } from './lib/zipf';
import { ledgerSqliteWriter } from './ours/ledger-sqlite-writer';
import { emmettSqliteWriter } from './peers/emmett-sqlite-writer';

const SEED = 20251204;
/** Longest wait, after the writers stop, for the reader to receive every acknowledged event. */
const DRAIN_TIMEOUT_MS = 60_000;
const WARM_UP_SECONDS = 1;

/** The workload of one run: `writers` writers for `seconds` over the streams of `companyIds`. */
interface RunShape {
  writers: number;
  seconds: number;
  companyIds: readonly string[];
  zipfExponent: number;
}

async function runOurs(shape: RunShape): Promise<ReadWhileWritingRun> {
  return withTempDir('bench-writers', async (dir) => {
    const file = join(dir, 'events.sqlite');
    const subject = await ledgerSqliteWriter.open(file);
    // The reader has a connection of its own, as a projector or live stream in another process would.
    const readerStore = SqliteEventStore.openForReading(file);
    const lag = new DeliveryLag();
    const reader = startCatchUpReader(readerStore, lag);
    try {
      const run = await runConcurrentWriters(subject, ledgerSqliteWriter.streamLengthOnConflict, { ...shape, seed: SEED }, (id, at) => lag.acked(id, at));
      const drainMs = await reader.drained(DRAIN_TIMEOUT_MS);
      return { ...run, reader: { delivered: reader.delivered(), lag: latencyFigures(lag.histogram), maxBacklog: lag.maxBacklog, drainMs } };
    } finally {
      await reader.stop();
      await readerStore.close();
      await subject.close();
    }
  });
}

/** The peer on the same workload; `failed` with the first line of its error when it cannot complete it. */
async function runPeer(shape: RunShape): Promise<WritersRun | { failed: string }> {
  return withTempDir('bench-writers-peer', async (dir) => {
    const subject = await emmettSqliteWriter.open(join(dir, 'events.sqlite'));
    try {
      return await runConcurrentWriters(subject, emmettSqliteWriter.streamLengthOnConflict, { ...shape, seed: SEED });
    } catch (error) {
      return { failed: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    } finally {
      await subject.close();
    }
  });
}

async function measureLevel(options: WritersOptions, writers: number, companyIds: readonly string[]): Promise<Level> {
  const shape = { writers, seconds: options.seconds, companyIds, zipfExponent: options.zipfExponent };
  const withPeer = options.peerWriters.includes(writers);
  const ours: ReadWhileWritingRun[] = [];
  const peer: WritersRun[] = [];
  let peerFailure: { failed: string } | null = null;
  // Runs alternate between stores so that a burst of load from elsewhere on the machine hits both alike.
  for (let run = 1; run <= options.runs; run++) {
    const oursRun = await runOurs(shape);
    ours.push(oursRun);
    console.error(
      `  ${writers} writers, run ${run}/${options.runs}, ours: ${formatRate(oursRun.eventsPerSecond)} events/s, p99 ${oursRun.latency.p99Ms.toFixed(1)} ms, reader lag p99 ${oursRun.reader.lag.p99Ms} ms`,
    );
    if (!withPeer || peerFailure) continue;
    const peerRun = await runPeer(shape);
    if ('failed' in peerRun) peerFailure = peerRun;
    else peer.push(peerRun);
    console.error(
      `  ${writers} writers, run ${run}/${options.runs}, peer: ${'failed' in peerRun ? `failed: ${peerRun.failed}` : `${formatRate(peerRun.eventsPerSecond)} events/s`}`,
    );
  }
  return {
    writers,
    ours: { ...summariseWriters(ours), reader: summariseReader(ours) },
    peer: !withPeer ? null : (peerFailure ?? summariseWriters(peer)),
  };
}

async function describeStore(kind: WriterSubjectKind): Promise<string> {
  return `${kind.name} (${await withTempDir('bench-durability', (dir) => kind.durability(join(dir, 'probe.sqlite')))})`;
}

/** The apps are started from dist/: build it when stale, as `npm start` does. */
function prepareBuild(): void {
  const built = spawnSync(process.execPath, [resolve(__dirname, '..', 'scripts', 'prepare-run.js')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed: ledger-api cannot be started');
}

/** Kill and restart `options.runs` times on one ledger of `disclosures` disclosures (which the acknowledged writes grow). */
async function killAndRestart(options: WritersOptions, disclosures: number): Promise<KillSummary> {
  return withTempDir('bench-writers-kill', async (dir) => {
    const file = join(dir, 'ledger.db');
    const { store, events } = await writeGeneratedLedger(file, { companies: options.ledgerCompanies, disclosures, eventsPerAppend: 100 });
    await store.close();
    const runs: KillResult[] = [];
    for (let run = 1; run <= options.runs; run++) {
      const shape = {
        companies: options.ledgerCompanies,
        zipfExponent: options.zipfExponent,
        connections: options.killConnections,
        loadSeconds: options.killSeconds,
        seed: SEED + run,
      };
      const result = await restartAfterKill(file, shape);
      runs.push(result);
      console.error(
        `  ledger-api on ${formatRate(events)} events, run ${run}/${options.runs}: ${formatRate(result.acknowledged)} acknowledged, SIGKILL to first write ${Math.round(result.killToFirstWriteMs)} ms, ${result.lost} lost`,
      );
    }
    return summariseKills(events, runs);
  });
}

function parseOptionsOrExit(): WritersOptions {
  try {
    return parseWritersOptions(process.argv.slice(3));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${WRITERS_USAGE}`);
    process.exit(2);
  }
}

export async function writersBenchmark(): Promise<void> {
  const options = parseOptionsOrExit();
  const companyIds = Array.from({ length: options.streams }, (_, rank) => generatedCompanyId(rank));
  const stores = { ours: await describeStore(ledgerSqliteWriter), peer: await describeStore(emmettSqliteWriter) };
  const fsyncBefore = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));

  // Not counted: compiles each store's hot code, as a running server has.
  const warmUp = { writers: 1, seconds: WARM_UP_SECONDS, companyIds, zipfExponent: options.zipfExponent };
  await runOurs(warmUp);
  if (options.peerWriters.length > 0) await runPeer(warmUp);
  const levels: Level[] = [];
  for (const writers of options.writers) levels.push(await measureLevel(options, writers, companyIds));
  const fsyncAfter = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));

  prepareBuild();
  const registrationsOnly = await killAndRestart(options, 0);
  const ledger = await killAndRestart(options, options.ledgerEvents);
  printWritersReport({
    options,
    hottestTenShare: new ZipfSampler(options.streams, options.zipfExponent, new SeededRandom(SEED)).shareOfTop(10),
    fsyncsPerSecond: { before: Math.round(fsyncBefore), after: Math.round(fsyncAfter) },
    stores,
    levels,
    restart: { registrationsOnly, ledger },
  });
}
