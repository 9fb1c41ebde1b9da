import { AppendSubject, AppendSubjectKind } from './lib/append-subject';
import { AppendCall, averageDataBytes, disclosureWorkload } from './lib/disclosure-workload';
import { sqliteFootprintBytes } from './lib/file-size';
import { formatBytes, formatRate, formatRatio } from './lib/format';
import { measureFsyncsPerSecond } from './lib/fsync-bound';
import { median } from './lib/median';
import { renderTable } from './lib/table';
import { withTempDir } from './lib/temp-dir';
import { secondsTaken } from './lib/timing';
import { ledgerSqlite } from './ours/ledger-sqlite';
import { emmettSqlite } from './peers/emmett-sqlite';

const DISCLOSURES = 20_000;
const COMPANIES = 200;
const RUNS = 3;

interface Mode {
  label: string;
  eventsPerCall: number;
  /** What ours must reach, in events per second. */
  target: number;
  /** What the peer reached when measured before, in events per second. */
  peerMeasuredBefore: number;
}

const MODES: Mode[] = [
  { label: 'one per call', eventsPerCall: 1, target: 8_000, peerMeasuredBefore: 430 },
  { label: '100 per call', eventsPerCall: 100, target: 150_000, peerMeasuredBefore: 29_000 },
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

async function appendAll(subject: AppendSubject, calls: readonly AppendCall[]): Promise<void> {
  for (const call of calls) await subject.append(call.streamId, call.events, call.streamLength);
}

/** One run on a fresh file: events per second over the appends alone (opening and closing are not timed). */
async function runOnce(kind: AppendSubjectKind, calls: readonly AppendCall[]): Promise<{ eventsPerSecond: number; fileBytes: number; retriedAppends: number }> {
  return withTempDir('bench-append', async (dir) => {
    const file = `${dir}/events.sqlite`;
    const subject = await kind.open(file);
    let seconds: number;
    try {
      seconds = await secondsTaken(() => appendAll(subject, calls));
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
    const { eventsPerSecond } = await runOnce(kind, calls);
    console.error(`  ${mode.label}, warm-up, ${kind.name}: ${formatRate(eventsPerSecond)} events/s (not counted)`);
  }
  // Runs alternate between stores so that a burst of load from elsewhere on the machine hits both alike.
  for (let run = 0; run < RUNS; run++) {
    for (const [index, kind] of kinds.entries()) {
      const { eventsPerSecond, fileBytes, retriedAppends } = await runOnce(kind, calls);
      results[index].runsEventsPerSecond.push(eventsPerSecond);
      results[index].fileBytes.push(fileBytes);
      results[index].retriedAppends.push(retriedAppends);
      console.error(`  ${mode.label}, run ${run + 1}/${RUNS}, ${kind.name}: ${formatRate(eventsPerSecond)} events/s`);
    }
  }
  for (const result of results) result.medianEventsPerSecond = median(result.runsEventsPerSecond);
  return results;
}

export async function appendBenchmark(): Promise<void> {
  const fsyncsPerSecond = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));
  const dataBytes = averageDataBytes(disclosureWorkload({ disclosures: DISCLOSURES, companies: COMPANIES, eventsPerCall: 1 }));
  console.log(`append: ${formatRate(DISCLOSURES)} disclosures (data ${Math.round(dataBytes)} B on average) over ${COMPANIES} company streams,`);
  console.log(`round-robin, exact expected revision on every call, through each store's own API; median of ${RUNS} runs after one warm-up run, fresh file each.`);
  console.log(`disk: ${formatRate(fsyncsPerSecond)} fsyncs/s (1-byte write + fsync for 1 s): the ceiling for one synced commit per append.`);

  const [ours, peer] = [ledgerSqlite, emmettSqlite];
  const modes = [];
  const rows: string[][] = [];
  for (const mode of MODES) {
    const [oursResult, peerResult] = await measureMode(mode, [ours, peer]);
    const ratio = oursResult.medianEventsPerSecond / peerResult.medianEventsPerSecond;
    modes.push({ mode: mode.label, eventsPerCall: mode.eventsPerCall, target: mode.target, peerMeasuredBefore: mode.peerMeasuredBefore, ours: oursResult, peer: peerResult, oursOverPeer: ratio });
    for (const [role, result] of [['ours', oursResult], ['peer', peerResult]] as const) {
      rows.push([
        mode.label,
        `${role}: ${result.store}`,
        formatRate(result.medianEventsPerSecond),
        result.runsEventsPerSecond.map(formatRate).join(' / '),
        formatBytes(median(result.fileBytes)),
        role === 'ours'
          ? `>= ${formatRate(mode.target)} ${result.medianEventsPerSecond >= mode.target ? 'met' : 'NOT met'}`
          : `was ~${formatRate(mode.peerMeasuredBefore)}`,
        role === 'ours' ? formatRatio(ratio) : '',
      ]);
    }
  }
  // The disk's speed drifts over minutes on a shared machine: probed again, the two bracket the runs.
  const fsyncsPerSecondAfter = await withTempDir('bench-fsync', async (dir) => measureFsyncsPerSecond(dir));
  console.log();
  console.log(renderTable(['mode', 'store', 'events/s (median)', 'runs', 'file', 'target / before', 'ours/peer'], rows, 2));
  console.log();
  const [oursDurability, peerDurability] = [modes[0].ours.durability, modes[0].peer.durability];
  console.log(`ours: ${ours.name}, ${oursDurability}.  peer: ${peer.name}, ${peerDurability}.`);
  console.log(`disk after the runs: ${formatRate(fsyncsPerSecondAfter)} fsyncs/s.`);
  const onePerCall = modes[0].ours.medianEventsPerSecond;
  const [before, after] = [fsyncsPerSecond, fsyncsPerSecondAfter].map((ceiling) => (onePerCall / ceiling).toFixed(2));
  console.log(`one per call, ours / fsync ceiling: ${before} (probe before the runs), ${after} (after).`);
  for (const { mode, ours: oursResult, peer: peerResult } of modes) {
    for (const result of [oursResult, peerResult]) {
      const retried = result.retriedAppends.reduce((sum, count) => sum + count, 0);
      if (retried > 0) console.log(`${mode}, ${result.store}: ${retried} appends retried after a transient failure in the store (counted in its time).`);
    }
  }
  console.log(JSON.stringify({ bench: 'append', disclosures: DISCLOSURES, companies: COMPANIES, runs: RUNS, averageDataBytes: Math.round(dataBytes), fsyncsPerSecond: Math.round(fsyncsPerSecond), fsyncsPerSecondAfter: Math.round(fsyncsPerSecondAfter), modes }));
}
