import { AppendSubject, AppendSubjectKind } from './lib/append-subject';
import { AppendCall, averageDataBytes, disclosureWorkload } from './lib/disclosure-workload';
import { sqliteFootprintBytes } from './lib/file-size';
import { formatBytes, formatRate, formatRatio } from './lib/format';
import { measureFsyncsPerSecond } from './lib/fsync-bound';
import { median } from './lib/median';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';
import { secondsTaken } from './lib/timing';
import { writersOwningTheirStreams } from './lib/writers';
import { ledgerSqlite } from './ours/ledger-sqlite';
import { bareBetterSqlite3 } from './peers/bare-better-sqlite3';
import { bareLoopThread } from './peers/bare-loop-thread';
import { emmettSqlite } from './peers/emmett-sqlite';

const DISCLOSURES = Number(process.env.BENCH_DISCLOSURES ?? 20_000);
const COMPANIES = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** What ours must reach: a share of the bare loop's rate in the same run, or of the disk's fsync probe. */
interface Target {
  over: 'bare loop' | 'fsync probe';
  ratio: number;
  /** Met also at this many events per second, whatever the ratio. */
  orEventsPerSecond?: number;
}

interface Mode {
  label: string;
  eventsPerCall: number;
  /** Concurrent appenders, each to company streams of its own; 1 = sequential. */
  writers: number;
  target: Target;
  /** Stores measured beside ours: the bare loop and the peer write one call at a time, so only sequential modes. */
  peers: boolean;
  /** What the peer reached when measured before, in events per second. */
  peerMeasuredBefore?: number;
}

const MODES: Mode[] = [
  { label: 'one per call', eventsPerCall: 1, writers: 1, target: { over: 'bare loop', ratio: 0.9 }, peers: true, peerMeasuredBefore: 430 },
  {
    label: '100 per call',
    eventsPerCall: 100,
    writers: 1,
    target: { over: 'bare loop', ratio: 0.8, orEventsPerSecond: 150_000 },
    peers: true,
    peerMeasuredBefore: 29_000,
  },
  { label: '64 writers, one per call', eventsPerCall: 1, writers: 64, target: { over: 'fsync probe', ratio: 3 }, peers: false },
];

interface SubjectResult {
  store: string;
  durability: string;
  medianEventsPerSecond: number;
  runsEventsPerSecond: number[];
  fileBytes: number[];
  /** Appends the adapter had to retry after a transient failure inside the store, per run. */
  retriedAppends: number[];
}

async function appendAll(subject: AppendSubject, calls: readonly AppendCall[], writers: number): Promise<void> {
  await Promise.all(
    writersOwningTheirStreams(calls, writers).map(async (own) => {
      for (const call of own) await subject.append(call.streamId, call.events, call.streamLength);
    }),
  );
}

/** One run on a fresh file: events per second over the appends alone (opening and closing are not timed). */
async function runOnce(
  kind: AppendSubjectKind,
  calls: readonly AppendCall[],
  writers: number,
): Promise<{ eventsPerSecond: number; fileBytes: number; retriedAppends: number }> {
  return withTempDir('bench-append', async (dir) => {
    const file = `${dir}/events.sqlite`;
    const subject = await kind.open(file);
    let seconds: number;
    try {
      seconds = await secondsTaken(() => appendAll(subject, calls, writers));
    } finally {
      await subject.close();
    }
    return { eventsPerSecond: DISCLOSURES / seconds, fileBytes: sqliteFootprintBytes(file), retriedAppends: subject.retriedAppends?.() ?? 0 };
  });
}

async function measureMode(mode: Mode, kinds: readonly AppendSubjectKind[]): Promise<SubjectResult[]> {
  const calls = disclosureWorkload({ disclosures: DISCLOSURES, companies: COMPANIES, eventsPerCall: mode.eventsPerCall });
  const results: SubjectResult[] = [];
  for (const kind of kinds) {
    const durability = await withTempDir('bench-durability', (dir) => kind.durability(`${dir}/probe.sqlite`));
    results.push({ store: kind.name, durability, medianEventsPerSecond: 0, runsEventsPerSecond: [], fileBytes: [], retriedAppends: [] });
  }
  // One run each first, not counted: it compiles the hot code of each store, as a running server has.
  for (const kind of kinds) {
    const { eventsPerSecond } = await runOnce(kind, calls, mode.writers);
    console.error(`  ${mode.label}, warm-up, ${kind.name}: ${formatRate(eventsPerSecond)} events/s (not counted)`);
  }
  // Runs alternate between stores so that a burst of load from elsewhere on the machine hits all alike.
  for (let run = 0; run < RUNS; run++) {
    for (const [index, kind] of kinds.entries()) {
      const { eventsPerSecond, fileBytes, retriedAppends } = await runOnce(kind, calls, mode.writers);
      results[index].runsEventsPerSecond.push(eventsPerSecond);
      results[index].fileBytes.push(fileBytes);
      results[index].retriedAppends.push(retriedAppends);
      console.error(`  ${mode.label}, run ${run + 1}/${RUNS}, ${kind.name}: ${formatRate(eventsPerSecond)} events/s`);
    }
  }
  for (const result of results) result.medianEventsPerSecond = median(result.runsEventsPerSecond);
  return results;
}

function targetText({ over, ratio, orEventsPerSecond }: Target): string {
  return `>= ${ratio}x ${over}${orEventsPerSecond ? ` or >= ${formatRate(orEventsPerSecond)}/s` : ''}`;
}

export async function appendBenchmark(): Promise<void> {
  const fsyncsPerSecond = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));
  const dataBytes = averageDataBytes(disclosureWorkload({ disclosures: DISCLOSURES, companies: COMPANIES, eventsPerCall: 1 }));
  console.log(`append: ${formatRate(DISCLOSURES)} disclosures (data ${Math.round(dataBytes)} B on average) over ${COMPANIES} company streams,`);
  console.log(
    `round-robin, exact expected revision on every call, through each store's own API; median of ${RUNS} runs after one warm-up run, fresh file each.`,
  );
  console.log(`disk: ${formatRate(fsyncsPerSecond)} fsyncs/s (1-byte write + fsync for 1 s): the ceiling for one synced commit per append.`);

  const [ours, bare, bareThread, peer] = [ledgerSqlite, bareBetterSqlite3, bareLoopThread, emmettSqlite];
  const modes = [];
  const rows: string[][] = [];
  for (const mode of MODES) {
    const [oursResult, bareResult, bareThreadResult, peerResult] = await measureMode(mode, mode.peers ? [ours, bare, bareThread, peer] : [ours]);
    const oursRate = oursResult.medianEventsPerSecond;
    const base = mode.target.over === 'bare loop' ? bareResult.medianEventsPerSecond : fsyncsPerSecond;
    const ratio = oursRate / base;
    const met = ratio >= mode.target.ratio || (mode.target.orEventsPerSecond !== undefined && oursRate >= mode.target.orEventsPerSecond);
    const oursOverPeer = peerResult ? oursRate / peerResult.medianEventsPerSecond : undefined;
    modes.push({
      mode: mode.label,
      eventsPerCall: mode.eventsPerCall,
      writers: mode.writers,
      target: mode.target,
      targetMet: met,
      ours: oursResult,
      bare: bareResult,
      bareThread: bareThreadResult,
      peer: peerResult,
      peerMeasuredBefore: mode.peerMeasuredBefore,
      oursOverTargetBase: ratio,
      oursOverPeer,
    });
    const row = (role: string, result: SubjectResult, target: string, ratioText: string) =>
      rows.push([
        mode.label,
        `${role}: ${result.store}`,
        formatRate(result.medianEventsPerSecond),
        result.runsEventsPerSecond.map(formatRate).join(' / '),
        formatBytes(median(result.fileBytes)),
        target,
        ratioText,
      ]);
    row('ours', oursResult, `${targetText(mode.target)} ${met ? 'met' : 'NOT met'}`, `${ratio.toFixed(2)} of ${mode.target.over}`);
    if (bareResult) row('floor', bareResult, '', '');
    if (bareThreadResult) {
      const overThread = oursRate / bareThreadResult.medianEventsPerSecond;
      const threadOverBare = bareThreadResult.medianEventsPerSecond / bareResult.medianEventsPerSecond;
      row('handoff', bareThreadResult, `${threadOverBare.toFixed(2)} of bare loop`, `ours/it ${overThread.toFixed(2)}`);
    }
    if (peerResult) row('peer', peerResult, `was ~${formatRate(mode.peerMeasuredBefore ?? 0)}`, `ours/peer ${formatRatio(oursOverPeer!)}`);
  }
  // The disk's speed drifts over minutes on a shared machine: probed again, the two bracket the runs.
  const fsyncsPerSecondAfter = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));
  console.log();
  console.log(renderTable(['mode', 'store', 'events/s (median)', 'runs', 'file', 'target / before', 'ratio'], rows, 2));
  console.log();
  const durabilities = [modes[0].ours, modes[0].bare, modes[0].peer].map((result) => `${result.store}: ${result.durability}`);
  console.log(`${durabilities.join('.  ')}.`);
  console.log(`disk after the runs: ${formatRate(fsyncsPerSecondAfter)} fsyncs/s.`);
  const concurrent = modes[2].ours.medianEventsPerSecond;
  const [before, after] = [fsyncsPerSecond, fsyncsPerSecondAfter].map((ceiling) => (concurrent / ceiling).toFixed(2));
  console.log(`64 writers, ours / fsync probe: ${before} (probe before the runs), ${after} (after): above 1, commits are shared.`);
  const [oursMicros, bareMicros, threadMicros] = [modes[0].ours, modes[0].bare, modes[0].bareThread].map((result) => 1e6 / result.medianEventsPerSecond);
  const signed = (micros: number) => `${micros >= 0 ? '+' : ''}${micros.toFixed(0)} µs`;
  console.log(
    `one per call: ${oursMicros.toFixed(0)} µs a call through the writer thread, ${bareMicros.toFixed(0)} µs in the bare loop (${signed(oursMicros - bareMicros)}), ` +
      `${threadMicros.toFixed(0)} µs in the bare loop on a writer thread (the handoff alone: ${signed(threadMicros - bareMicros)}).`,
  );
  for (const { mode, ours: oursResult, peer: peerResult } of modes) {
    for (const result of [oursResult, peerResult]) {
      const retried = result?.retriedAppends.reduce((sum, count) => sum + count, 0) ?? 0;
      if (retried > 0) console.log(`${mode}, ${result.store}: ${retried} appends retried after a transient failure in the store (counted in its time).`);
    }
  }
  console.log(
    JSON.stringify({
      bench: 'append',
      disclosures: DISCLOSURES,
      companies: COMPANIES,
      runs: RUNS,
      averageDataBytes: Math.round(dataBytes),
      fsyncsPerSecond: Math.round(fsyncsPerSecond),
      fsyncsPerSecondAfter: Math.round(fsyncsPerSecondAfter),
      modes,
    }),
  );
}
