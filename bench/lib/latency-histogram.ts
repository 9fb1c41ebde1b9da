/** A histogram in a form that crosses process boundaries (JSON): non-empty buckets only. */
export interface HistogramSnapshot {
  buckets: [ms: number, count: number][];
  overflow: number[];
  count: number;
  max: number;
}

/** Latencies in whole milliseconds, counted per millisecond up to a ceiling: constant memory for millions of samples. */
export class LatencyHistogram {
  private readonly counts: Uint32Array;
  private overflow: number[] = [];
  count = 0;
  max = 0;

  constructor(private readonly ceilingMs = 60_000) {
    this.counts = new Uint32Array(ceilingMs + 1);
  }

  record(ms: number): void {
    const value = Math.max(0, ms);
    this.count++;
    if (value > this.max) this.max = value;
    if (value <= this.ceilingMs) this.counts[Math.floor(value)]++;
    else this.overflow.push(value);
  }

  /** The smallest whole-millisecond bound under which `fraction` of the samples fall. */
  percentile(fraction: number): number {
    const wanted = Math.ceil(this.count * fraction);
    let seen = 0;
    for (let ms = 0; ms < this.counts.length; ms++) {
      seen += this.counts[ms];
      if (seen >= wanted) return ms + 1;
    }
    return this.max;
  }

  snapshot(): HistogramSnapshot {
    const buckets: [number, number][] = [];
    this.counts.forEach((count, ms) => count > 0 && buckets.push([ms, count]));
    return { buckets, overflow: this.overflow, count: this.count, max: this.max };
  }

  /** Adds the samples of another histogram (of the same ceiling). */
  add(other: HistogramSnapshot): void {
    for (const [ms, count] of other.buckets) this.counts[ms] += count;
    this.overflow.push(...other.overflow);
    this.count += other.count;
    this.max = Math.max(this.max, other.max);
  }
}
