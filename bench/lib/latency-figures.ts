import { LatencyHistogram } from './latency-histogram';
import { median } from './median';

/** The percentiles the writers benchmark reports, in ms. */
export interface LatencyFigures {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
}

/** Percentiles of a histogram whose unit is `unitMs` milliseconds (0.001 for one counted in µs). */
export function latencyFigures(histogram: LatencyHistogram, unitMs = 1): LatencyFigures {
  const at = (fraction: number) => histogram.percentile(fraction) * unitMs;
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), p999Ms: at(0.999), maxMs: histogram.max * unitMs };
}

/** Each percentile's median over several runs; the max is the highest of all. */
export function medianLatency(runs: readonly LatencyFigures[]): LatencyFigures {
  const of = (pick: (figures: LatencyFigures) => number) => median(runs.map(pick));
  return {
    p50Ms: of((f) => f.p50Ms),
    p95Ms: of((f) => f.p95Ms),
    p99Ms: of((f) => f.p99Ms),
    p999Ms: of((f) => f.p999Ms),
    maxMs: Math.max(...runs.map((f) => f.maxMs)),
  };
}
