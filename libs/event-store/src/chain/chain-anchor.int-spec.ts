import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { EventToAppend } from '../port/event-store';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { TempStoreFile, tempStoreFile } from '../testing/temp-store-file';
import { auditChains } from './audit-chains';

const event = (n: number): EventToAppend => ({ id: randomUUID(), type: 'Noted', data: { n } });

describe('chain audits against an anchor of earlier tips', () => {
  let temp: TempStoreFile;
  let store: SqliteEventStore;
  const rows = (sql: string) => {
    const raw = new Database(temp.file);
    try {
      raw.prepare(sql).run();
    } finally {
      raw.close();
    }
  };

  beforeEach(async () => {
    temp = tempStoreFile('chain-anchor');
    store = SqliteEventStore.open(temp.file);
    await store.append('company-a', [0, 1, 2, 3].map(event));
    await store.append('company-b', [0, 1].map(event));
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  it('keeps each stream tip, and passes a log that only grew since', async () => {
    const { tips, ok } = await auditChains(store);
    expect(ok).toBe(true);
    expect(Object.keys(tips).sort()).toEqual(['company-a', 'company-b']);
    expect(tips['company-a']).toEqual({ revision: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await store.append('company-a', [event(4)]);
    await store.append('company-c', [event(0)]);
    expect(await auditChains(store, undefined, tips)).toMatchObject({ ok: true, broken: null, events: 8 });
  });

  it('finds the last events of a stream removed, which the chain alone cannot', async () => {
    const { tips } = await auditChains(store);
    rows("DELETE FROM events WHERE stream_id = 'company-a' AND revision = 3");
    expect((await auditChains(store)).ok).toBe(true);
    expect(await auditChains(store, undefined, tips)).toMatchObject({
      ok: false,
      broken: { streamId: 'company-a', revision: 3, expectedHash: tips['company-a'].hash, foundHash: null, reason: 'truncated' },
    });
    expect((await auditChains(store, 'company-b', tips)).ok).toBe(true);
  });

  it('finds a stream replaced whole by another chain of the same length', async () => {
    const { tips } = await auditChains(store);
    rows("DELETE FROM events WHERE stream_id = 'company-b'");
    await store.close();
    store = SqliteEventStore.open(temp.file);
    await store.append('company-b', [7, 8].map(event));
    expect((await auditChains(store)).ok).toBe(true);
    expect(await auditChains(store, undefined, tips)).toMatchObject({ ok: false, broken: { streamId: 'company-b', revision: 1, reason: 'rewritten' } });
  });
});
