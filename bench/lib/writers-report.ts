import { formatRate, formatRatio } from './format';
import { renderTable } from './table';
import type { WritersOptions } from './writers-options';
import type { KillSummary, ReaderSummary, WritersSummary } from './writers-summary';

export interface Level {
  writers: number;
  ours: WritersSummary & { reader: ReaderSummary };
  /** Null where the peer was not run; `failed` where it could not complete the workload. */
  peer: WritersSummary | { failed: string } | null;
}

export interface WritersReport {
  options: WritersOptions;
  /** Share of writes that go to the 10 hottest streams. */
  hottestTenShare: number;
  fsyncsPerSecond: { before: number; after: number };
  stores: { ours: string; peer: string };
  levels: Level[];
  restart: { registrationsOnly: KillSummary; ledger: KillSummary };
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US'));
const round = (value: number) => Number(value.toFixed(2));
const completed = (peer: Level['peer']): WritersSummary | null => (peer && !('failed' in peer) ? peer : null);

/** A restart figure on the ledger over the same on the registrations-only ledger. */
function overFloor({ ledger, registrationsOnly }: WritersReport['restart'], figure: 'killToFirstWriteMs' | 'listeningToFirstWriteMs'): number {
  return ledger[figure] / registrationsOnly[figure];
}

function overFsync(eventsPerSecond: number, { before, after }: WritersReport['fsyncsPerSecond']): number[] {
  return [eventsPerSecond / before, eventsPerSecond / after].map(round);
}

function levelRows(level: Level, fsyncs: WritersReport['fsyncsPerSecond']): string[][] {
  const row = (store: string, run: WritersSummary, vsPeer: string) => [
    `${level.writers}`,
    store,
    formatRate(run.eventsPerSecond),
    run.runsEventsPerSecond.map(formatRate).join(' / '),
    overFsync(run.eventsPerSecond, fsyncs)
      .map((ratio) => ratio.toFixed(2))
      .join(' / '),
    vsPeer,
    ms(run.latency.p50Ms),
    ms(run.latency.p95Ms),
    ms(run.latency.p99Ms),
    ms(run.latency.p999Ms),
    ms(run.latency.maxMs),
    formatRate(run.conflicts),
  ];
  const peer = completed(level.peer);
  const rows = [row('ours', level.ours, peer ? formatRatio(level.ours.eventsPerSecond / peer.eventsPerSecond) : '')];
  if (peer) rows.push(row('peer', peer, ''));
  else if (level.peer) rows.push([`${level.writers}`, 'peer', 'failed']);
  return rows;
}

export function printWritersReport(report: WritersReport): void {
  const { options, fsyncsPerSecond, levels, restart } = report;
  console.log(
    `writers: single-disclosure appends through each store's API to ${formatRate(options.streams)} streams chosen by Zipf rank (exponent ${options.zipfExponent}:`,
  );
  console.log(
    `the 10 hottest take ${(report.hottestTenShare * 100).toFixed(0)}% of writes), at the exact expected revision from a cache the writers share, retried at the`,
  );
  console.log(
    `store's answer on conflict; ${options.seconds} s per run, ${options.runs} runs per writer count and store (medians; runs shown), fresh file each.`,
  );
  console.log(`ours: ${report.stores.ours}, with a catch-up reader (subscribeToAll from the start, own connection) throughout.`);
  console.log(
    `peer: ${report.stores.peer}, same workload and seed, no reader. disk: ${formatRate(fsyncsPerSecond.before)} fsyncs/s before, ${formatRate(fsyncsPerSecond.after)} after.`,
  );
  console.log();
  console.log(
    renderTable(
      ['writers', 'store', 'events/s', 'runs', '/fsync', 'ours/peer', 'p50 ms', 'p95 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'conflicts'],
      levels.flatMap((level) => levelRows(level, fsyncsPerSecond)),
      2,
    ),
  );
  console.log(`(/fsync: events/s over the fsync probe before / after the runs; above 1.0 only when commits are grouped or not synced.)`);
  for (const { writers, peer } of levels) if (peer && 'failed' in peer) console.log(`peer failed at ${writers} writers: ${peer.failed}`);
  console.log();
  console.log(
    renderTable(
      ['writers', 'delivered', 'lag p50 ms', 'lag p99 ms', 'lag p99.9 ms', 'lag max ms', 'max backlog', 'drain ms'],
      levels.map(({ writers, ours: { reader } }) => [
        `${writers}`,
        formatRate(reader.delivered),
        ms(reader.lag.p50Ms),
        ms(reader.lag.p99Ms),
        ms(reader.lag.p999Ms),
        ms(reader.lag.maxMs),
        formatRate(reader.maxBacklog),
        reader.drainMs === null ? 'never' : ms(reader.drainMs),
      ]),
      1,
    ),
  );
  console.log(`(catch-up reader: from each append's acknowledgement to its delivery; backlog in events; drain: after the writers stop.)`);
  console.log();
  const kills = [restart.registrationsOnly, restart.ledger];
  console.log(
    renderTable(
      [
        'ledger events',
        'HTTP acked/s',
        'acked',
        'refused',
        'kill→exit ms',
        'kill→listening ms',
        'kill→first write ms',
        'runs',
        'spawn→first write ms',
        'listening→first write ms',
        'lost',
      ],
      kills.map((kill) => [
        formatRate(kill.ledgerEvents),
        formatRate(kill.acknowledgedPerSecond),
        formatRate(kill.acknowledged),
        formatRate(kill.refused),
        ms(kill.killToExitMs),
        ms(kill.killToListeningMs),
        ms(kill.killToFirstWriteMs),
        kill.runsKillToFirstWriteMs.map(ms).join(' / '),
        ms(kill.spawnToFirstWriteMs),
        ms(kill.listeningToFirstWriteMs),
        `${kill.lost}`,
      ]),
      0,
    ),
  );
  console.log(
    `(ledger-api under ${options.killConnections} HTTP writers for ${options.killSeconds} s, SIGKILL, restarted on the same file, ${options.runs} times; lost: acknowledged writes`,
  );
  console.log(` missing afterwards, must be 0. The same run's floor is the registrations-only ledger: on ${formatRate(restart.ledger.ledgerEvents)} events,`);
  console.log(
    ` kill→first write is ${formatRatio(overFloor(restart, 'killToFirstWriteMs'))} and listening→first write ${formatRatio(overFloor(restart, 'listeningToFirstWriteMs'))} what they are on ${formatRate(restart.registrationsOnly.ledgerEvents)}.)`,
  );
  console.log(
    JSON.stringify({
      bench: 'writers',
      ...report,
      levels: levels.map((level) => {
        const peer = completed(level.peer);
        return {
          ...level,
          oursOverFsync: overFsync(level.ours.eventsPerSecond, fsyncsPerSecond),
          oursOverPeer: peer ? round(level.ours.eventsPerSecond / peer.eventsPerSecond) : null,
        };
      }),
      restart: {
        ...restart,
        killToFirstWriteOverFloor: round(overFloor(restart, 'killToFirstWriteMs')),
        listeningToFirstWriteOverFloor: round(overFloor(restart, 'listeningToFirstWriteMs')),
      },
    }),
  );
}
