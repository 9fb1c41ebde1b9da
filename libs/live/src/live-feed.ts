import { Observable, Subject } from 'rxjs';
import { COMPANY_STREAMS } from '@ledger/disclosures';
import { EventStore, Position, Subscription } from '@ledger/event-store';
import type { RecordedEvent } from '@ledger/event-store';
import { FollowOptions, catchUpThenLive } from './catch-up';

export interface LiveFeedOptions {
  /** Told when the store subscription failed and is about to be opened again. */
  onError?: (error: unknown) => void;
  /** First wait before re-subscribing after a failure; doubled on each failure in a row, up to maxRetryDelayMs. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/**
 * The one store subscription behind every live client: company events, in log order, pushed to an
 * rxjs Subject that each group of live-only clients (LiveGroup) and each client catching up filters.
 * When the store fails, it subscribes again after the last event it passed on, so clients see a pause,
 * never a gap.
 */
export class LiveFeed {
  private readonly subject = new Subject<RecordedEvent>();
  private last: Position | 'start' | null = null;
  private subscription: Subscription | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private wakeRetry: (() => void) | null = null;
  private positioned!: () => void;
  private readonly whenPositioned = new Promise<void>((resolve) => (this.positioned = resolve));

  constructor(
    private readonly store: EventStore,
    private readonly options: LiveFeedOptions = {},
  ) {}

  /** Every company event passed on from now. */
  get events$(): Observable<RecordedEvent> {
    return this.subject.asObservable();
  }

  /** Events after this position (or 'start' when none yet) arrive on events$; null before the feed knows the head. */
  get frontier(): Position | 'start' | null {
    return this.last;
  }

  /** Opens the store subscription at the head of the log; keeps retrying in the background if the store is down. */
  start(): Promise<void> {
    this.running ??= this.run();
    return this.whenPositioned;
  }

  /** The events of a client that reads history first: see catchUpThenLive. */
  follow(options: FollowOptions): Observable<RecordedEvent> {
    return catchUpThenLive(this.store, this.events$, options);
  }

  /** Closes the store subscription and completes every client's feed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.positioned();
    this.wakeRetry?.();
    await this.subscription?.close();
    await this.running;
    this.subject.complete();
  }

  private async run(): Promise<void> {
    let delay = this.options.retryDelayMs ?? 100;
    while (!this.stopped) {
      try {
        this.last ??= (await this.store.headPosition()) ?? 'start';
        this.positioned();
        this.subscription = this.store.subscribeToAll({ from: this.last, filter: COMPANY_STREAMS });
        for await (const event of this.subscription) {
          this.last = event.position;
          delay = this.options.retryDelayMs ?? 100;
          this.subject.next(event);
        }
        if (this.stopped) return;
        throw new Error('the store subscription ended');
      } catch (error) {
        if (this.stopped) return;
        this.options.onError?.(error);
        await this.pause(delay);
        delay = Math.min(delay * 2, this.options.maxRetryDelayMs ?? 5_000);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeRetry = done;
    });
  }
}
