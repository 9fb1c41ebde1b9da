import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { StoreUnavailableError } from '../port/errors';
import { EventToAppend } from '../port/event-store';
import { readAllToArray } from '../testing/contract/fixtures';
import { SubscriptionReader } from '../testing/subscription-reader';
import { TempStoreFile, tempStoreFile } from '../testing/temp-store-file';
import { SqliteEventStore } from './sqlite-event-store';

const event = (n: number): EventToAppend => ({ id: randomUUID(), type: 'Counted', data: { n, padding: 'x'.repeat(200) } });

describe('SqliteEventStore availability and subscriptions', () => {
  let temp: TempStoreFile;
  beforeEach(() => {
    temp = tempStoreFile();
  });
  afterEach(() => temp.remove());

  it('answers every call on a closed store with StoreUnavailableError', async () => {
    const store = SqliteEventStore.open(temp.file);
    await store.append('company-a', [event(0)]);
    await store.close();
    await expect(store.append('company-a', [event(1)])).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.readStream('company-a')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(readAllToArray(store.readAll())).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.headPosition()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(readAllToArray(store.subscribeToAll())).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(readAllToArray(store.subscribeToStream('company-a', { from: 'end' }))).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });

  it('gives up with StoreUnavailableError when another connection holds the write lock past the timeout', async () => {
    const store = SqliteEventStore.open(temp.file, { busyTimeoutMs: 100 });
    const other = new Database(temp.file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      await expect(store.append('company-a', [event(0)])).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
      other.exec('COMMIT');
      expect(await store.append('company-a', [event(0)])).toEqual({ nextRevision: 0, position: '1' });
    } finally {
      other.close();
      await store.close();
    }
  });

  it('ends its subscriptions when the store closes', async () => {
    const store = SqliteEventStore.open(temp.file);
    const all = new SubscriptionReader(store.subscribeToAll());
    const one = new SubscriptionReader(store.subscribeToStream('company-a'));
    const ended = Promise.all([all.endsWithin(5_000), one.endsWithin(5_000)]);
    await store.close();
    expect(await ended).toEqual([true, true]);
  });

  it("delivers an append made right after subscribing from 'end'", async () => {
    const store = SqliteEventStore.open(temp.file);
    try {
      await store.append('company-a', [event(0)]);
      const reader = new SubscriptionReader(store.subscribeToAll({ from: 'end' }));
      const live = event(1);
      await store.append('company-a', [live]);
      expect((await reader.take(1)).map((e) => e.id)).toEqual([live.id]);
      expect(await reader.drain(100)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('lets the event loop run while a subscription catches up on a long log', async () => {
    const store = SqliteEventStore.open(temp.file, { synchronous: 'NORMAL' });
    try {
      for (let batch = 0; batch < 40; batch++) {
        await store.append(
          `company-${batch % 7}`,
          Array.from({ length: 500 }, (_, i) => event(batch * 500 + i)),
        );
      }
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      const reader = new SubscriptionReader(store.subscribeToAll());
      try {
        const received = await reader.take(20_000, 60_000);
        expect(received.map((e) => e.data.n)).toEqual(Array.from({ length: 20_000 }, (_, i) => i));
      } finally {
        clearInterval(timer);
        await reader.close();
      }
      expect(ticks).toBeGreaterThanOrEqual(10);
    } finally {
      await store.close();
    }
  }, 60_000);
});
