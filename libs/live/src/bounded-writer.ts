import { Writable } from 'node:stream';
import { BatchJoiner } from './batch-joiner';
import { FlushScheduler, Flushable } from './flush-scheduler';

/**
 * A client's outgoing messages, bounded: a message counts as pending from the moment it is queued
 * until the socket has taken it (the write's callback). A client that stops reading fills its socket,
 * its pending count reaches the limit, and `send` refuses instead of holding ever more memory.
 */
export class BoundedWriter implements Flushable {
  private queued: Buffer[] = [];
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private finished = false;
  /** Below this many pending messages a reader catching up is given more. */
  private readonly paceAt: number;

  constructor(
    private readonly out: Writable,
    readonly maxPending: number,
    private readonly scheduler: FlushScheduler,
  ) {
    this.paceAt = Math.max(1, Math.floor(maxPending / 2));
    out.once('close', () => this.finish());
  }

  get pending(): number {
    return this.queued.length + this.inFlight;
  }

  /**
   * Queues a message; false when `maxPending` messages already wait and the socket has not taken the
   * last write (nothing is queued then). A burst queued within one turn is not held against a client
   * that keeps up: it leaves in one write at the end of the turn.
   */
  send(message: Buffer): boolean {
    if (this.finished) return true;
    if (this.inFlight > 0 && this.pending >= this.maxPending) return false;
    this.queued.push(message);
    if (this.queued.length === 1) this.scheduler.schedule(this);
    return true;
  }

  /** Undefined when more can be sent now; otherwise resolves once enough has drained, or the client is gone. */
  whenReady(): Promise<void> | undefined {
    if (this.finished || this.pending < this.paceAt) return undefined;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Writes `count` messages already joined into `bytes` (a batch shared with other clients) after what is
   * queued; false, and nothing written, when they would take the pending count past `maxPending` while
   * the socket has not taken the last write.
   */
  sendJoined(bytes: Buffer, count: number): boolean {
    if (this.finished) return true;
    if (this.inFlight > 0 && this.pending + count > this.maxPending) return false;
    this.flush();
    this.write(bytes, count);
    return true;
  }

  flush(joiner?: BatchJoiner): void {
    if (this.finished || this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    this.write(batch.length === 1 ? batch[0] : joiner ? joiner.join(batch) : Buffer.concat(batch), batch.length);
  }

  private write(bytes: Buffer, count: number): void {
    this.inFlight += count;
    this.out.write(bytes, () => {
      this.inFlight -= count;
      if (this.pending < this.paceAt) this.wake();
    });
  }

  /**
   * Writes what is queued and `last` (beyond the limit: it says why the stream ends), then ends the
   * stream; a peer that has not taken it all within `graceMs` is disconnected.
   */
  end(last: Buffer | undefined, graceMs: number): void {
    if (this.finished) return;
    const rest = last ? [...this.queued, last] : this.queued;
    this.finish();
    if (rest.length > 0) this.out.end(Buffer.concat(rest));
    else this.out.end();
    const out = this.out;
    setTimeout(() => out.writableFinished || out.destroy(), graceMs).unref();
  }

  private finish(): void {
    this.finished = true;
    this.queued = [];
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
