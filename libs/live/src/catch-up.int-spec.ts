import { Subject } from 'rxjs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedEvent } from '@ledger/event-store';
import { catchUpThenLive } from './catch-up';
import { Collector, TempStore, appendTo, openTempStore } from './testing/live-fixtures';

describe('catchUpThenLive at the seam', () => {
  let temp: TempStore;
  let history: RecordedEvent[];

  beforeEach(async () => {
    temp = openTempStore();
    for (let i = 0; i < 5; i++) await appendTo(temp.store, 'acme');
    history = [];
    for await (const event of temp.store.readAll()) history.push(event);
  });
  afterEach(() => temp.dispose());

  it('drops live events that history already delivered, when the shared feed lags behind the log', async () => {
    const live = new Subject<RecordedEvent>();
    const client = new Collector(catchUpThenLive(temp.store, live, { from: 'start' }));
    await client.waitFor(5);
    await sleep(20);
    const sixth = await appendTo(temp.store, 'acme');
    const [latest] = await temp.store.readStream('company-acme', { fromRevision: 5 });
    // The feed now passes on events the client has already read from history.
    live.next(history[3]);
    live.next(history[4]);
    live.next(latest);
    expect(client.positions).toEqual([...history.map((event) => event.position), sixth]);
  });

  it('delivers buffered live events once, after the history that overlaps them', async () => {
    const live = new Subject<RecordedEvent>();
    const client = new Collector(catchUpThenLive(temp.store, live, { from: history[1].position, ready: () => sleep(5) }));
    // Arrive while history is still being read: buffered, then deduplicated against it.
    live.next(history[3]);
    live.next(history[4]);
    await client.waitFor(3);
    await sleep(30);
    expect(client.positions).toEqual(history.slice(2).map((event) => event.position));
  });
});
