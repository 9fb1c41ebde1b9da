import { LatencyHistogram } from './latency-histogram';

/**
 * How long after its acknowledgement each written event reaches a reader, in ms. Either may be seen
 * first (a reader can see an event before the writer's await resumes): the lag is counted when the
 * second arrives, and is zero when the delivery came first.
 */
export class DeliveryLag {
  readonly histogram = new LatencyHistogram();
  private readonly ackedAt = new Map<string, number>();
  private readonly deliveredAt = new Map<string, number>();
  /** Most events acknowledged and not yet delivered at any one time. */
  maxBacklog = 0;

  acked(id: string, at: number): void {
    const delivered = this.deliveredAt.get(id);
    if (delivered === undefined) {
      this.ackedAt.set(id, at);
      if (this.ackedAt.size > this.maxBacklog) this.maxBacklog = this.ackedAt.size;
      return;
    }
    this.deliveredAt.delete(id);
    this.histogram.record(0);
  }

  delivered(id: string, at: number): void {
    const acked = this.ackedAt.get(id);
    if (acked === undefined) {
      this.deliveredAt.set(id, at);
      return;
    }
    this.ackedAt.delete(id);
    this.histogram.record(at - acked);
  }

  /** Events acknowledged and not yet delivered. */
  get backlog(): number {
    return this.ackedAt.size;
  }
}
