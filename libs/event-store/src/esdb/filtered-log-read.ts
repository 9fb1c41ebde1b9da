import { AllStreamResolvedEvent, Position as ClientPosition, START } from '@eventstore/db-client';
import { StoreUnavailableError } from '../port/errors';
import { LogFilter, RecordedEvent } from '../port/event-store';
import { Position, comparePositions, formatPosition, parsePosition } from '../port/position';
import { EsdbConnection } from './esdb-connection';
import { isVisibleInLog, toServerFilter } from './log-filter';
import { toRecordedEvent } from './recorded-event-mapping';
import { toStoreError } from './store-error';

/** The part of the client's subscription this read uses. */
interface FilteredSource {
  [Symbol.asyncIterator](): AsyncIterator<AllStreamResolvedEvent>;
  readonly readableLength: number;
  once(event: 'caughtUp', listener: () => void): unknown;
  unsubscribe(): Promise<void>;
  destroy(): unknown;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The log's events that pass `filter`, after `after` and up to `head`, read through a filtered
 * subscription (the 6.x client's readAll has no server-side filter), so that the server sends no
 * other event. The read ends at the first sign that the server's search has reached the head: an
 * event or a checkpoint at or past it, or its caught-up message (servers 23.10 and later), once every
 * event received before that sign has been handed on. Silence longer than the deadline (no event,
 * checkpoint or caught-up message) is an outage.
 */
export async function* readFilteredLog(
  connection: EsdbConnection,
  deadlineMs: number,
  after: Position | 'start',
  filter: LogFilter,
  head: Position,
): AsyncGenerator<RecordedEvent> {
  const client = connection.client;
  let signalHead!: () => void;
  const headReached = new Promise<void>((resolve) => (signalHead = resolve));
  let reached = false;
  const reachHead = () => {
    reached = true;
    signalHead();
  };
  const silence = new Silence(deadlineMs, () => connection.replace(client));
  const source = client.subscribeToAll({
    fromPosition: after === 'start' ? START : parsePosition(after),
    filter: toServerFilter(filter, (position: ClientPosition) => {
      silence.heard();
      if (comparePositions(formatPosition(position), head) >= 0) reachHead();
    }),
  }) as unknown as FilteredSource;
  source.once('caughtUp', reachHead);
  const items = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (reached && source.readableLength === 0) return;
      const next = await silence.within(nextBeforeHead(items.next(), headReached, source));
      if (next.done) return;
      silence.heard();
      if (!next.value.event) continue;
      const recorded = toRecordedEvent(next.value.event);
      const sinceHead = comparePositions(recorded.position, head);
      if (sinceHead > 0) return;
      if (isVisibleInLog(next.value.event, filter) && (after === 'start' || comparePositions(recorded.position, after) > 0)) yield recorded;
      if (sinceHead === 0) return;
    }
  } catch (error) {
    throw toStoreError(error);
  } finally {
    silence.stop();
    source.unsubscribe().catch(() => {});
    source.destroy();
  }
}

/**
 * The next item, or done once the head is reached with nothing left to hand on. Checked after pending
 * I/O callbacks have run: an item pushed before the sign is then in the buffer or already delivered.
 */
async function nextBeforeHead<T>(pending: Promise<IteratorResult<T>>, headReached: Promise<void>, source: FilteredSource): Promise<IteratorResult<T>> {
  let settled = false;
  void pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  const end = headReached.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => (settled || source.readableLength > 0 ? pending : DONE));
  return Promise.race([pending, end]);
}

/** A timer that fails a wait when nothing is heard from the server for `ms`. */
class Silence {
  private timer: NodeJS.Timeout | undefined;
  private fail: ((error: Error) => void) | undefined;

  constructor(
    private readonly ms: number,
    private readonly onTimeout: () => void,
  ) {}

  within<T>(work: Promise<T>): Promise<T> {
    const expired = new Promise<never>((_, reject) => (this.fail = reject));
    this.heard();
    return Promise.race([work, expired]).finally(() => this.stop());
  }

  heard(): void {
    if (!this.fail) return;
    clearTimeout(this.timer);
    const fail = this.fail;
    this.timer = setTimeout(() => {
      this.onTimeout();
      fail(new StoreUnavailableError(`read all: the event store sent nothing within ${this.ms} ms`));
    }, this.ms);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.fail = undefined;
  }
}
