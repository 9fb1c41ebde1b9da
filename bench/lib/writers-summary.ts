import type { WritersRun } from './concurrent-writers';
import { LatencyFigures, medianLatency } from './latency-figures';
import { median } from './median';
import type { KillResult } from './restart-after-kill';

export interface ReaderFigures {
  delivered: number;
  lag: LatencyFigures;
  /** Most events acknowledged and not yet delivered at one time. */
  maxBacklog: number;
  /** From the writers' end until every acknowledged event was delivered; null if it never was. */
  drainMs: number | null;
}

export type ReadWhileWritingRun = WritersRun & { reader: ReaderFigures };

/** Medians over the runs of one store at one writer count; counts are totals, maxima the highest. */
export interface WritersSummary {
  eventsPerSecond: number;
  runsEventsPerSecond: number[];
  latency: LatencyFigures;
  appended: number;
  conflicts: number;
}

export interface ReaderSummary {
  delivered: number;
  lag: LatencyFigures;
  maxBacklog: number;
  /** The longest drain of the runs; null if any never drained. */
  drainMs: number | null;
}

/** The kill and restart over several runs: times are medians, counts (acknowledged, refused, lost) totals. */
export interface KillSummary extends KillResult {
  ledgerEvents: number;
  runsKillToFirstWriteMs: number[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function summariseWriters(runs: readonly WritersRun[]): WritersSummary {
  const runsEventsPerSecond = runs.map((run) => run.eventsPerSecond);
  return {
    eventsPerSecond: median(runsEventsPerSecond),
    runsEventsPerSecond,
    latency: medianLatency(runs.map((run) => run.latency)),
    appended: sum(runs.map((run) => run.appended)),
    conflicts: sum(runs.map((run) => run.conflicts)),
  };
}

export function summariseReader(runs: readonly ReadWhileWritingRun[]): ReaderSummary {
  const drains = runs.map((run) => run.reader.drainMs);
  return {
    delivered: sum(runs.map((run) => run.reader.delivered)),
    lag: medianLatency(runs.map((run) => run.reader.lag)),
    maxBacklog: Math.max(...runs.map((run) => run.reader.maxBacklog)),
    drainMs: drains.some((drain) => drain === null) ? null : Math.max(...(drains as number[])),
  };
}

export function summariseKills(ledgerEvents: number, runs: readonly KillResult[]): KillSummary {
  const of = (pick: (run: KillResult) => number) => median(runs.map(pick));
  return {
    ledgerEvents,
    acknowledged: sum(runs.map((run) => run.acknowledged)),
    acknowledgedPerSecond: of((run) => run.acknowledgedPerSecond),
    refused: sum(runs.map((run) => run.refused)),
    killToExitMs: of((run) => run.killToExitMs),
    killToListeningMs: of((run) => run.killToListeningMs),
    killToFirstWriteMs: of((run) => run.killToFirstWriteMs),
    runsKillToFirstWriteMs: runs.map((run) => run.killToFirstWriteMs),
    spawnToFirstWriteMs: of((run) => run.spawnToFirstWriteMs),
    listeningToFirstWriteMs: of((run) => run.listeningToFirstWriteMs),
    lost: sum(runs.map((run) => run.lost)),
  };
}
