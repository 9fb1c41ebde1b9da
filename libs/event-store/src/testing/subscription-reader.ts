import { RecordedEvent, Subscription } from '../port/event-store';

const TIMED_OUT = Symbol('timed out');

/** Reads a subscription with deadlines, so a test fails with a message instead of hanging. */
export class SubscriptionReader {
  private readonly iterator: AsyncIterator<RecordedEvent>;
  private pending: Promise<IteratorResult<RecordedEvent>> | null = null;

  constructor(readonly subscription: Subscription) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  /** The next `count` events; throws when fewer arrive within `timeoutMs` or the subscription ends. */
  async take(count: number, timeoutMs = 10_000): Promise<RecordedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    const events: RecordedEvent[] = [];
    while (events.length < count) {
      const next = await this.nextWithin(deadline - Date.now());
      if (next === TIMED_OUT) throw new Error(`received ${events.length} of ${count} events within ${timeoutMs} ms`);
      if (next.done) throw new Error(`subscription ended after ${events.length} of ${count} events`);
      events.push(next.value);
    }
    return events;
  }

  /** Every event that arrives within `ms`, for checking that nothing more comes. */
  async drain(ms: number): Promise<RecordedEvent[]> {
    const deadline = Date.now() + ms;
    const events: RecordedEvent[] = [];
    for (;;) {
      const next = await this.nextWithin(deadline - Date.now());
      if (next === TIMED_OUT || next.done) return events;
      events.push(next.value);
    }
  }

  /** True when the subscription ends (yields no more) within `ms`. */
  async endsWithin(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    for (;;) {
      const next = await this.nextWithin(deadline - Date.now());
      if (next === TIMED_OUT) return false;
      if (next.done) return true;
    }
  }

  close(): Promise<void> {
    return this.subscription.close();
  }

  private async nextWithin(ms: number): Promise<IteratorResult<RecordedEvent> | typeof TIMED_OUT> {
    // A next() still pending from a timed-out call is awaited again, never asked twice.
    this.pending ??= this.iterator.next();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
    });
    try {
      const result = await Promise.race([this.pending, timeout]);
      if (result !== TIMED_OUT) this.pending = null;
      return result;
    } finally {
      clearTimeout(timer);
    }
  }
}
