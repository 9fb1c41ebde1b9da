import { RecordedEvent, Subscription } from '../port/event-store';

/** A subscription over an event source that stops when its signal aborts. */
export class SqliteSubscription implements Subscription {
  private readonly stop = new AbortController();
  private readonly events: AsyncGenerator<RecordedEvent>;

  constructor(
    follow: (signal: AbortSignal) => AsyncGenerator<RecordedEvent>,
    private readonly onClosed: (subscription: SqliteSubscription) => void,
  ) {
    this.events = this.run(follow);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.events;
  }

  async close(): Promise<void> {
    this.stop.abort();
    this.onClosed(this);
  }

  private async *run(follow: (signal: AbortSignal) => AsyncGenerator<RecordedEvent>): AsyncGenerator<RecordedEvent> {
    try {
      yield* follow(this.stop.signal);
    } finally {
      this.stop.abort();
      this.onClosed(this);
    }
  }
}
