import { StoreUnavailableError } from '../port/errors';
import { RecordedEvent, Subscription } from '../port/event-store';
import { toStoreError } from './store-error';

/** A catch-up subscription of the client: a readable of resolved events that can be unsubscribed. */
export interface ClientCatchUpSubscription<T> extends AsyncIterable<T> {
  unsubscribe(): Promise<void>;
  destroy(): unknown;
  once(event: 'confirmation', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const UNSUBSCRIBE_GRACE_MS = 1_000;
const ENDED: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The client's subscription as the port's: an async iterable of events (the client already keeps
 * checkpoint and caught-up messages out of the stream) that ends when closed and throws
 * StoreUnavailableError when the server does not confirm the subscription within the deadline.
 */
export class ClientSubscription<T> implements Subscription {
  private readonly stopped: Promise<IteratorReturnResult<undefined>>;
  private stop!: () => void;
  private fail!: (error: unknown) => void;
  private readonly startTimer: NodeJS.Timeout;
  private closed = false;
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    private readonly source: ClientCatchUpSubscription<T>,
    /** The port's event for an item, or null to skip it. */
    private readonly toEvent: (item: T) => RecordedEvent | null,
    startDeadlineMs: number,
    onStartTimeout: () => void,
  ) {
    this.stopped = new Promise((resolve, reject) => {
      this.stop = () => resolve(ENDED);
      this.fail = reject;
    });
    this.stopped.catch(() => {}); // observed by the iterator, if anyone iterates
    this.startTimer = setTimeout(() => {
      onStartTimeout();
      this.fail(new StoreUnavailableError(`subscribe: the event store did not confirm within ${startDeadlineMs} ms`));
      void this.release();
    }, startDeadlineMs);
    source.once('confirmation', () => clearTimeout(this.startTimer));
    // Without a listener, an error while nobody iterates would be thrown as an uncaught 'error' event.
    source.on('error', (error) => {
      clearTimeout(this.startTimer);
      this.fail(toStoreError(error));
    });
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.events();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.startTimer);
    this.stop();
    this.closeListeners.forEach((listener) => listener());
    await this.release();
  }

  onClosed(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  private async *events(): AsyncGenerator<RecordedEvent> {
    const items = this.source[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await Promise.race([this.stopped, items.next()]);
        if (next.done) return;
        const event = this.toEvent(next.value);
        if (event) yield event;
      }
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await this.close();
    }
  }

  private async release(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, UNSUBSCRIBE_GRACE_MS)));
    await Promise.race([this.source.unsubscribe().catch(() => {}), grace]).finally(() => clearTimeout(timer));
    this.source.destroy();
  }
}
