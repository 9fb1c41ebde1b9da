import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EventStoreDbEventStore } from './esdb/event-store-db-event-store';
import { describeStoreLocation, openEventStore } from './open-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

describe('openEventStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-event-store-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens a SQLite file, creating its folder, and the store works', async () => {
    const file = path.join(dir, 'nested', 'deeper', 'ledger.db');
    const store = await openEventStore(file, { clock: () => new Date('2024-02-03T04:05:06.000Z') });
    try {
      expect(store).toBeInstanceOf(SqliteEventStore);
      await store.append('company-acme', [{ id: '0b6d0c8e-2f4c-4b8e-9d37-6c1b0d9e5a21', type: 'CompanyRegistered', data: { name: 'Acme' } }]);
      const [event] = await store.readStream('company-acme');
      expect(event.metadata.recordedAt).toBe('2024-02-03T04:05:06.000Z');
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it.each(['esdb://127.0.0.1:2113?tls=false', 'esdb+discover://cluster.local:2113', 'kurrentdb://127.0.0.1:2113?tls=false', 'kurrent://127.0.0.1:2113'])(
    'opens %s as EventStoreDB without creating any file',
    async (location) => {
      const store = await openEventStore(location, { deadlineMs: 200 });
      try {
        expect(store).toBeInstanceOf(EventStoreDbEventStore);
        expect(fs.readdirSync(dir)).toEqual([]);
      } finally {
        await store.close();
      }
    },
  );
});

describe('describeStoreLocation', () => {
  it('names a SQLite file by its absolute path', () => {
    expect(describeStoreLocation('./data/ledger.db')).toBe(`SQLite ${path.resolve('./data/ledger.db')}`);
  });

  it('names an EventStoreDB location without its credentials', () => {
    const described = describeStoreLocation('esdb://admin:changeit@eventstore:2113?tls=false');
    expect(described).toBe('EventStoreDB esdb://eventstore:2113 (TLS off)');
    expect(described).not.toContain('changeit');
  });
});
