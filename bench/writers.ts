import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { generatedCompanyId } from '@ledger/projections/testing/generated-ledger';
import { startCatchUpReader } from './lib/catch-up-reader';
import { WritersRun, runConcurrentWriters } from './lib/concurrent-writers';
import { DeliveryLag } from './lib/delivery-lag';
import { formatRate, formatRatio } from './lib/format';
import { measureFsyncsPerSecond } from './lib/fsync-bound';
import { writeGeneratedLedger } from './lib/generated-ledger-file';
import { LatencyFigures, latencyFigures } from './lib/latency-figures';
import { KillResult, restartAfterKill } from './lib/restart-after-kill';
import { SeededRandom } from './lib/seeded-random';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';
import { WRITERS_USAGE, WritersOptions, parseWritersOptions } from './lib/writers-options';
import type { WriterSubjectKind } from './lib/writer-subject';
import { ZipfSampler } from './lib/zipf';
import { ledgerSqliteWriter } from './ours/ledger-sqlite-writer';
import { emmettSqliteWriter } from './peers/emmett-sqlite-writer';

const SEED = 20251204;
/** Longest wait, after the writers stop, for the reader to receive every acknowledged event. */
const DRAIN_TIMEOUT_MS = 60_000;
const WARM_UP_SECONDS = 1;

interface ReaderFigures {
  delivered: number;
  lag: LatencyFigures;
  /** Most events acknowledged and not yet delivered at one time. */
  maxBacklog: number;
  /** From the writers' end until every acknowledged event was delivered; null if it never was. */
  drainMs: number | null;
}

interface Level {
  writers: number;
  ours: WritersRun & { reader: ReaderFigures };
  peer: WritersRun | { failed: string } | null;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function runOurs(options: WritersOptions, writers: number, seconds: number, companyIds: string[]): Promise<Level['ours']> {
  return withTempDir('bench-writers', async (dir) => {
    const file = join(dir, 'events.sqlite');
    const subject = await ledgerSqliteWriter.open(file);
    // The reader has a connection of its own, as a projector or live stream in another process would.
    const readerStore = SqliteEventStore.openForReading(file);
    const lag = new DeliveryLag();
    const reader = startCatchUpReader(readerStore, lag);
    try {
      const run = await runConcurrentWriters(subject, ledgerSqliteWriter.streamLengthOnConflict, { writers, seconds, companyIds, zipfExponent: options.zipfExponent, seed: SEED }, (id, at) => lag.acked(id, at));
      const drainMs = await reader.drained(DRAIN_TIMEOUT_MS);
      return { ...run, reader: { delivered: reader.delivered(), lag: latencyFigures(lag.histogram), maxBacklog: lag.maxBacklog, drainMs } };
    } finally {
      await reader.stop();
      await readerStore.close();
      await subject.close();
    }
  });
}

async function runPeer(options: WritersOptions, writers: number, seconds: number, companyIds: string[]): Promise<WritersRun | { failed: string }> {
  return withTempDir('bench-writers-peer', async (dir) => {
    const subject = await emmettSqliteWriter.open(join(dir, 'events.sqlite'));
    try {
      return await runConcurrentWriters(subject, emmettSqliteWriter.streamLengthOnConflict, { writers, seconds, companyIds, zipfExponent: options.zipfExponent, seed: SEED });
    } catch (error) {
      return { failed: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    } finally {
      await subject.close();
    }
  });
}

function durabilityOf(kind: WriterSubjectKind): Promise<string> {
  return withTempDir('bench-durability', (dir) => kind.durability(join(dir, 'probe.sqlite')));
}

/** The apps are started from dist/: build it when stale, as `npm start` does. */
function prepareBuild(): void {
  const built = spawnSync(process.execPath, [resolve(__dirname, '..', 'scripts', 'prepare-run.js')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed: ledger-api cannot be started');
}

/** The kill-and-restart on a ledger of `disclosures` disclosures, in a temp dir of its own. */
async function killOn(options: WritersOptions, disclosures: number): Promise<KillResult & { ledgerEvents: number }> {
  return withTempDir('bench-writers-kill', async (dir) => {
    const file = join(dir, 'ledger.db');
    const { store, events } = await writeGeneratedLedger(file, { companies: options.ledgerCompanies, disclosures, eventsPerAppend: 100 });
    await store.close();
    console.error(`ledger-api on ${formatRate(events)} events: ${options.killConnections} HTTP writers for ${options.killSeconds} s, SIGKILL, restart...`);
    const result = await restartAfterKill(file, { companies: options.ledgerCompanies, zipfExponent: options.zipfExponent, connections: options.killConnections, loadSeconds: options.killSeconds, seed: SEED });
    return { ...result, ledgerEvents: events };
  });
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US'));

/** Events/s over each fsync probe of the run, e.g. "0.71–0.80". */
function overFsync(eventsPerSecond: number, fsyncs: readonly number[]): string {
  const ratios = fsyncs.map((probe) => eventsPerSecond / probe).sort((a, b) => a - b);
  return `${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)}`;
}

function levelRows(level: Level, fsyncs: readonly number[]): string[][] {
  const row = (store: string, run: WritersRun, vsPeer: string) => [
    `${level.writers}`,
    store,
    formatRate(run.eventsPerSecond),
    overFsync(run.eventsPerSecond, fsyncs),
    vsPeer,
    ms(run.latency.p50Ms),
    ms(run.latency.p95Ms),
    ms(run.latency.p99Ms),
    ms(run.latency.p999Ms),
    ms(run.latency.maxMs),
    formatRate(run.conflicts),
  ];
  const { ours, peer } = level;
  const rows = [row('ours', ours, peer && !('failed' in peer) ? formatRatio(ours.eventsPerSecond / peer.eventsPerSecond) : '')];
  if (peer && 'failed' in peer) rows.push([`${level.writers}`, 'peer', `failed: ${peer.failed}`]);
  else if (peer) rows.push(row('peer', peer, ''));
  return rows;
}

function report(options: WritersOptions, zipfTop: number, fsyncs: [number, number], durability: [string, string], levels: Level[], kills: [KillResult & { ledgerEvents: number }, KillResult & { ledgerEvents: number }]): void {
  const [fsyncBefore, fsyncAfter] = fsyncs;
  console.log(`writers: single-disclosure appends through each store's API, ${formatRate(options.streams)} streams chosen by Zipf rank (exponent ${options.zipfExponent}: the 10 hottest take ${(zipfTop * 100).toFixed(0)}% of writes),`);
  console.log(`exact expected revision from a cache shared by the writers, retried at the store's answer on conflict; ${options.seconds} s per writer count, fresh file each.`);
  console.log(`ours: SqliteEventStore (${durability[0]}), with a catch-up reader (subscribeToAll from the start, own connection) running throughout.`);
  console.log(`peer: ${emmettSqliteWriter.name} (${durability[1]}), same workload and seed, no reader. disk: ${formatRate(fsyncBefore)} fsyncs/s before, ${formatRate(fsyncAfter)} after.`);
  console.log();
  console.log(renderTable(['writers', 'store', 'events/s', '/fsync', 'ours/peer', 'p50 ms', 'p95 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'conflicts'], levels.flatMap((level) => levelRows(level, fsyncs)), 2));
  console.log(`(/fsync: events/s over each fsync probe, before and after; above 1.0 only if commits are grouped or not synced.)`);
  console.log();
  console.log(renderTable(
    ['writers', 'delivered', 'lag p50 ms', 'lag p99 ms', 'lag p99.9 ms', 'lag max ms', 'max backlog', 'drain ms'],
    levels.map(({ writers, ours: { reader } }) => [`${writers}`, formatRate(reader.delivered), ms(reader.lag.p50Ms), ms(reader.lag.p99Ms), ms(reader.lag.p999Ms), ms(reader.lag.maxMs), formatRate(reader.maxBacklog), reader.drainMs === null ? 'never' : ms(reader.drainMs)]),
    1,
  ));
  console.log(`(catch-up reader: lag from each append's acknowledgement to its delivery; backlog in events; drain: after the writers stop.)`);
  console.log();
  console.log(renderTable(
    ['ledger events', 'HTTP acked/s', 'acked', 'refused', 'kill→exit ms', 'kill→listening ms', 'kill→first write ms', 'spawn→first write ms', 'lost'],
    kills.map((kill) => [formatRate(kill.ledgerEvents), formatRate(kill.acknowledgedPerSecond), formatRate(kill.acknowledged), formatRate(kill.refused), ms(kill.killToExitMs), ms(kill.killToListeningMs), ms(kill.killToFirstWriteMs), ms(kill.spawnToFirstWriteMs), `${kill.lost}`]),
    0,
  ));
  const [small, large] = kills;
  console.log(`(ledger-api, ${options.killConnections} HTTP writers for ${options.killSeconds} s, SIGKILL, restart on the same file; the registrations-only ledger is the same run's floor.`);
  console.log(` kill→first write on ${formatRate(large.ledgerEvents)} events / on ${formatRate(small.ledgerEvents)}: ${formatRatio(large.killToFirstWriteMs / small.killToFirstWriteMs)}; lost must be 0.)`);
  console.log(JSON.stringify({
    bench: 'writers',
    options,
    fsyncsPerSecond: Math.round(fsyncBefore),
    fsyncsPerSecondAfter: Math.round(fsyncAfter),
    durability: { ours: durability[0], peer: durability[1] },
    levels: levels.map((level) => ({
      ...level,
      oursOverFsync: fsyncs.map((probe) => round(level.ours.eventsPerSecond / probe)),
      oursOverPeer: level.peer && !('failed' in level.peer) ? round(level.ours.eventsPerSecond / level.peer.eventsPerSecond) : null,
    })),
    restart: { registrationsOnly: small, ledger: large, killToFirstWriteRatio: round(large.killToFirstWriteMs / small.killToFirstWriteMs) },
  }));
}

export async function writersBenchmark(): Promise<void> {
  let options: WritersOptions;
  try {
    options = parseWritersOptions(process.argv.slice(3));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${WRITERS_USAGE}`);
    process.exit(2);
  }
  const companyIds = Array.from({ length: options.streams }, (_, rank) => generatedCompanyId(rank));
  const durability: [string, string] = [await durabilityOf(ledgerSqliteWriter), await durabilityOf(emmettSqliteWriter)];
  const fsyncBefore = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));

  // Not counted: compiles each store's hot code, as a running server has.
  await runOurs(options, 1, WARM_UP_SECONDS, companyIds);
  if (options.peerWriters.length > 0) await runPeer(options, 1, WARM_UP_SECONDS, companyIds);
  const levels: Level[] = [];
  for (const writers of options.writers) {
    const ours = await runOurs(options, writers, options.seconds, companyIds);
    console.error(`  ${writers} writers, ours: ${formatRate(ours.eventsPerSecond)} events/s, p99 ${ms(ours.latency.p99Ms)} ms, reader lag p99 ${ms(ours.reader.lag.p99Ms)} ms`);
    const peer = options.peerWriters.includes(writers) ? await runPeer(options, writers, options.seconds, companyIds) : null;
    if (peer) console.error(`  ${writers} writers, peer: ${'failed' in peer ? `failed: ${peer.failed}` : `${formatRate(peer.eventsPerSecond)} events/s, p99 ${ms(peer.latency.p99Ms)} ms`}`);
    levels.push({ writers, ours, peer });
  }
  const fsyncAfter = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));

  prepareBuild();
  const kills: [KillResult & { ledgerEvents: number }, KillResult & { ledgerEvents: number }] = [await killOn(options, 0), await killOn(options, options.ledgerEvents)];
  const zipfTop = new ZipfSampler(options.streams, options.zipfExponent, new SeededRandom(0)).shareOfTop(10);
  report(options, zipfTop, [fsyncBefore, fsyncAfter], durability, levels, kills);
}
