import { Observable, Subscriber, Subscription } from 'rxjs';
import type { RecordedEvent } from '@ledger/event-store';
import { BatchJoiner } from './batch-joiner';
import { BoundedWriter } from './bounded-writer';
import { FlushScheduler, Flushable } from './flush-scheduler';
import { StreamFilter } from './stream-filter';
import { WireFormat } from './wire-format';

interface Member {
  writer: BoundedWriter;
  /** Messages queued in the group before the client joined, which are not its to receive. */
  skip: number;
  subscriber: Subscriber<RecordedEvent>;
  fellBehind: () => void;
}

/**
 * The live-only clients of one selection and format: each event of the feed is matched and encoded once
 * for all of them and queued once, and at the flush the one joined batch is written to every member. A
 * client costs one write per flush, not work per event. The observable a member follows carries no
 * events (the group writes them); it ends when the feed ends.
 */
export class LiveGroup implements Flushable {
  private readonly members = new Set<Member>();
  private queued: Buffer[] = [];
  private readonly subscription: Subscription;
  private ended: { error?: unknown } | null = null;

  constructor(
    events$: Observable<RecordedEvent>,
    private readonly filter: StreamFilter,
    private readonly format: WireFormat,
    private readonly scheduler: FlushScheduler,
    /** Told once the group is of no more use: its last member left, or the feed ended (already, when the group is made). */
    private readonly onClosed: (group: LiveGroup) => void,
  ) {
    this.subscription = events$.subscribe({
      next: (event) => this.take(event),
      error: (error: unknown) => this.end({ error }),
      complete: () => this.end({}),
    });
  }

  /** A client's membership, as the observable its session follows; `fellBehind` is called when the client stops taking what is written. */
  join(writer: BoundedWriter, fellBehind: () => void): Observable<RecordedEvent> {
    return new Observable<RecordedEvent>((subscriber) => {
      if (this.ended) return endMember(subscriber, this.ended);
      const member: Member = { writer, skip: this.queued.length, subscriber, fellBehind };
      this.members.add(member);
      return () => this.leave(member);
    });
  }

  flush(joiner: BatchJoiner): void {
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 0) return;
    const bytes = joiner.join(batch);
    for (const member of [...this.members]) {
      const skip = member.skip;
      member.skip = 0;
      if (skip >= batch.length) continue;
      const own = skip === 0 ? bytes : Buffer.concat(batch.slice(skip));
      if (!member.writer.sendJoined(own, batch.length - skip)) member.fellBehind();
    }
  }

  private take(event: RecordedEvent): void {
    if (!this.filter.matches(event)) return;
    this.queued.push(this.format.event(event));
    if (this.queued.length === 1) this.scheduler.schedule(this);
  }

  private leave(member: Member): void {
    if (!this.members.delete(member) || this.members.size > 0) return;
    this.subscription.unsubscribe();
    this.onClosed(this);
  }

  private end(how: { error?: unknown }): void {
    this.ended = how;
    this.onClosed(this);
    for (const member of [...this.members]) endMember(member.subscriber, how);
  }
}

function endMember(subscriber: Subscriber<RecordedEvent>, how: { error?: unknown }): void {
  if ('error' in how) subscriber.error(how.error);
  else subscriber.complete();
}
