import { BatchJoiner } from './batch-joiner';

/** Something with queued output to write in one go. */
export interface Flushable {
  /** Writes what is queued; `joiner` makes one Buffer of several messages, shared with other clients when it can. */
  flush(joiner: BatchJoiner): void;
}

/**
 * Writes every client's queued messages together: events that arrive close together leave in one
 * write per client instead of one write per event. With `windowMs` 0, once per turn of the event loop;
 * otherwise at most once per window, the window starting with the first message queued after a flush.
 * A write costs about the same whatever its size, so at N events/s and 1/W flushes/s each client costs
 * min(N, 1/W) writes/s, for at most W ms of added latency.
 */
export class FlushScheduler {
  private dirty: Flushable[] = [];
  private scheduled = false;
  private readonly joiner = new BatchJoiner();

  constructor(private readonly windowMs = 0) {}

  schedule(target: Flushable): void {
    this.dirty.push(target);
    if (this.scheduled) return;
    this.scheduled = true;
    if (this.windowMs > 0) setTimeout(() => this.flushAll(), this.windowMs);
    else setImmediate(() => this.flushAll());
  }

  private flushAll(): void {
    const targets = this.dirty;
    this.dirty = [];
    this.scheduled = false;
    for (const target of targets) target.flush(this.joiner);
    this.joiner.clear();
  }
}
