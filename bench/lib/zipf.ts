import { SeededRandom } from './seeded-random';

/**
 * Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^exponent: a few hot items and a
 * long tail of cold ones (exponent 0 is uniform; about 1 is the usual "Zipf-like" skew of real keys).
 * Sampling is a binary search in the cumulative weights, so it costs O(log n) whatever the skew.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    readonly exponent: number,
    private readonly random: SeededRandom,
  ) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Zipf needs at least one item, got ${n}`);
    if (!(exponent >= 0)) throw new RangeError(`Zipf exponent must be >= 0, got ${exponent}`);
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let rank = 0; rank < n; rank++) {
      total += 1 / (rank + 1) ** exponent;
      this.cumulative[rank] = total;
    }
  }

  /** The share of all draws that goes to the `top` hottest ranks. */
  shareOfTop(top: number): number {
    return this.cumulative[Math.min(top, this.n) - 1] / this.cumulative[this.n - 1];
  }

  next(): number {
    const target = this.random.next() * this.cumulative[this.n - 1];
    let low = 0;
    let high = this.n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
