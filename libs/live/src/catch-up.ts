import { Observable, Subscriber, Subscription } from 'rxjs';
import { EventStore, Position, RecordedEvent, comparePositions } from '@ledger/event-store';
import { StreamFilter } from './stream-filter';

export interface FollowOptions {
  /** Deliver events strictly after this position, or from the first one ('start'). Live-only clients join a LiveGroup instead. */
  from: Position | 'start';
  filter?: StreamFilter;
  /**
   * Asked after each event delivered while catching up: a promise when the consumer needs time, so that
   * history is read no faster than it is taken.
   */
  ready?: () => Promise<void> | undefined;
  /** Live events held while history is read; past this they are dropped and read from history instead. */
  maxBuffered?: number;
}

export const DEFAULT_MAX_BUFFERED = 10_000;

/**
 * A client's events: history after `from`, read from the log, then the shared live feed, with no gap
 * and no duplicate at the seam. The live feed is attached before history is read, so every event is
 * either already committed when history is read, or arrives on the feed afterwards; positions settle
 * which copy is delivered.
 */
export function catchUpThenLive(store: EventStore, live$: Observable<RecordedEvent>, options: FollowOptions): Observable<RecordedEvent> {
  const filter = options.filter ?? new StreamFilter();
  return new Observable<RecordedEvent>((subscriber) => {
    const catchUp = new CatchUp(store, live$, filter, options.from, options, subscriber);
    void catchUp.run();
    return () => catchUp.stop();
  });
}

class CatchUp {
  private last: Position | 'start';
  private buffer: RecordedEvent[] = [];
  private overflowed = false;
  private live = false;
  private seamPassed = false;
  private stopped = false;
  private readonly feed: Subscription;
  private readonly maxBuffered: number;

  constructor(
    private readonly store: EventStore,
    live$: Observable<RecordedEvent>,
    private readonly filter: StreamFilter,
    from: Position | 'start',
    private readonly options: FollowOptions,
    private readonly subscriber: Subscriber<RecordedEvent>,
  ) {
    this.last = from;
    this.maxBuffered = options.maxBuffered ?? DEFAULT_MAX_BUFFERED;
    this.feed = live$.subscribe({
      next: (event) => this.onLive(event),
      error: (error: unknown) => this.fail(error),
      complete: () => this.complete(),
    });
  }

  async run(): Promise<void> {
    try {
      while (!this.stopped) {
        this.overflowed = false;
        await this.deliverHistory();
        await this.deliverBufferedThenGoLive();
        if (this.live) return;
      }
    } catch (error) {
      this.fail(error);
    }
  }

  stop(): void {
    this.stopped = true;
    this.buffer = [];
    this.feed.unsubscribe();
  }

  private onLive(event: RecordedEvent): void {
    if (this.stopped || !this.filter.matches(event)) return;
    if (this.live) return this.deliverLive(event);
    if (this.overflowed) return;
    if (this.buffer.length >= this.maxBuffered) {
      // Everything dropped from here on is committed, so the next history read finds it.
      this.overflowed = true;
      this.buffer = [];
      return;
    }
    this.buffer.push(event);
  }

  private deliverLive(event: RecordedEvent): void {
    // Only the first live events can overlap what history delivered; after one is newer, all are.
    if (!this.seamPassed) {
      if (!isAfter(event.position, this.last)) return;
      this.seamPassed = true;
    }
    this.subscriber.next(event);
  }

  private async deliverHistory(): Promise<void> {
    for await (const event of this.store.readAll({ after: this.last, filter: this.filter.toLogFilter() })) {
      if (this.stopped) return;
      if (this.filter.matches(event)) await this.deliver(event);
    }
  }

  private async deliverBufferedThenGoLive(): Promise<void> {
    while (!this.overflowed && !this.stopped) {
      // Checked and switched in one synchronous step: a live event arriving in between would be stranded.
      if (this.buffer.length === 0) {
        this.live = true;
        return;
      }
      const event = this.buffer.shift()!;
      if (isAfter(event.position, this.last)) await this.deliver(event);
    }
  }

  private async deliver(event: RecordedEvent): Promise<void> {
    this.last = event.position;
    this.subscriber.next(event);
    const wait = this.options.ready?.();
    if (wait) await wait;
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.stop();
    this.subscriber.error(error);
  }

  private complete(): void {
    if (this.stopped) return;
    this.stop();
    this.subscriber.complete();
  }
}

function isAfter(position: Position, last: Position | 'start'): boolean {
  return last === 'start' || comparePositions(position, last) > 0;
}
