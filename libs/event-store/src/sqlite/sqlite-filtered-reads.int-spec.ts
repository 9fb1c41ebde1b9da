import { randomUUID } from 'node:crypto';
import { EventToAppend } from '../port/event-store';
import { readAllToArray } from '../testing/contract/fixtures';
import { SubscriptionReader } from '../testing/subscription-reader';
import { TempStoreFile, tempStoreFile } from '../testing/temp-store-file';
import { SqliteEventStore } from './sqlite-event-store';
import { FILTERED_SCAN_WINDOW } from './sqlite-log-reader';

const event = (type: string): EventToAppend => ({ id: randomUUID(), type, data: {} });

describe('SqliteEventStore filtered reads over sparse matches', () => {
  let temp: TempStoreFile;
  let store: SqliteEventStore;
  let wanted: string[];

  // Matches further apart than one filtered scan reaches, so reads must go on scanning past empty windows.
  beforeAll(async () => {
    temp = tempStoreFile();
    store = SqliteEventStore.open(temp.file, { synchronous: 'NORMAL' });
    wanted = [];
    for (let part = 0; part < 2; part++) {
      const match = event('Wanted');
      await store.append('company-wanted', [match]);
      wanted.push(match.id);
      for (let filler = 0; filler < FILTERED_SCAN_WINDOW + 500; filler += 500) {
        await store.append(
          `noise-${filler % 3}`,
          Array.from({ length: 500 }, () => event('Noise')),
        );
      }
    }
  }, 60_000);
  afterAll(async () => {
    await store.close();
    temp.remove();
  });

  it('finds every match with readAll, by stream prefix and by type', async () => {
    const byPrefix = await readAllToArray(store.readAll({ filter: { streamPrefixes: ['company-'] } }));
    const byType = await readAllToArray(store.readAll({ filter: { eventTypes: ['Wanted'] } }));
    expect(byPrefix.map((e) => e.id)).toEqual(wanted);
    expect(byType.map((e) => e.id)).toEqual(wanted);
  });

  it('catches up on every match with a filtered subscription, then goes live', async () => {
    const reader = new SubscriptionReader(store.subscribeToAll({ filter: { eventTypes: ['Wanted'] } }));
    try {
      expect((await reader.take(2)).map((e) => e.id)).toEqual(wanted);
      const live = event('Wanted');
      await store.append('company-wanted', [live]);
      expect((await reader.take(1)).map((e) => e.id)).toEqual([live.id]);
    } finally {
      await reader.close();
    }
  });
});
