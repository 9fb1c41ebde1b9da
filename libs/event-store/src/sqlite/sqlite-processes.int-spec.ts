import { randomUUID } from 'node:crypto';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { EventToAppend } from '../port/event-store';
import { appendFromChildProcess } from '../testing/child-append';
import { SubscriptionReader } from '../testing/subscription-reader';
import { TempStoreFile, tempStoreFile } from '../testing/temp-store-file';
import { SqliteEventStore } from './sqlite-event-store';

const CHILD_TIMEOUT_MS = 60_000;
const event = (note: string): EventToAppend => ({ id: randomUUID(), type: 'Noted', data: { note } });

describe('SqliteEventStore shared with another process', () => {
  let temp: TempStoreFile;
  let store: SqliteEventStore;
  beforeEach(() => {
    temp = tempStoreFile();
    store = SqliteEventStore.open(temp.file, { pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  it(
    'delivers to a live subscription the events another process appends',
    async () => {
      await store.append('company-a', [event('before')]);
      const all = new SubscriptionReader(store.subscribeToAll({ from: 'end', filter: { streamPrefixes: ['company-'] } }));
      const one = new SubscriptionReader(store.subscribeToStream('company-a', { from: 'end' }));
      try {
        // Both are waiting, caught up, before the other process appends.
        const fromAll = all.take(2, 20_000);
        const fromOne = one.take(2, 20_000);
        const appended = [event('elsewhere 1'), event('elsewhere 2')];
        expect(await appendFromChildProcess(temp.file, 'company-a', appended, 0)).toEqual({ ok: true, result: { nextRevision: 2, position: '3' } });
        expect((await fromAll).map((e) => e.id)).toEqual(appended.map((e) => e.id));
        expect((await fromOne).map((e) => e.revision)).toEqual([1, 2]);
      } finally {
        await Promise.all([all.close(), one.close()]);
      }
    },
    CHILD_TIMEOUT_MS,
  );

  it(
    'knows the event ids and revisions another process appended since it last wrote',
    async () => {
      await store.append('company-a', [event('mine')]);
      const theirs = event('theirs');
      const outcome = await appendFromChildProcess(temp.file, 'company-a', [theirs], 0);
      if (!outcome.ok) throw new Error(outcome.message);

      expect(await store.append('company-a', [theirs], { expectedRevision: 0 })).toEqual({ ...outcome.result, alreadyRecorded: true });
      await expect(store.append('company-a', [{ ...theirs, data: { note: 'changed' } }], { expectedRevision: 0 })).rejects.toBeInstanceOf(EventIdConflictError);
      await expect(store.append('company-a', [event('late')], { expectedRevision: 0 })).rejects.toMatchObject({
        constructor: WrongExpectedRevisionError,
        expected: 0,
        actual: 1,
      });
      expect(await store.append('company-a', [event('next')], { expectedRevision: 1 })).toEqual({ nextRevision: 2, position: '3' });
      expect(await verifyStreamChain(store, 'company-a')).toEqual({ ok: true, events: 3 });
    },
    CHILD_TIMEOUT_MS,
  );

  it(
    'chains onto the events another process appended to a stream this one wrote last',
    async () => {
      await store.append('company-a', [event('mine')]);
      const outcome = await appendFromChildProcess(temp.file, 'company-a', [event('theirs')], 0);
      if (!outcome.ok) throw new Error(outcome.message);

      await expect(store.append('company-a', [event('late')], { expectedRevision: 0 })).rejects.toMatchObject({
        constructor: WrongExpectedRevisionError,
        expected: 0,
        actual: 1,
      });
      const again = await appendFromChildProcess(temp.file, 'company-a', [event('theirs again')], 1);
      if (!again.ok) throw new Error(again.message);
      expect(await store.append('company-a', [event('any')])).toEqual({ nextRevision: 3, position: '4' });
      expect(await verifyStreamChain(store, 'company-a')).toEqual({ ok: true, events: 4 });
    },
    CHILD_TIMEOUT_MS,
  );

  it(
    'is answered by the other process, retrying an append this one made, with the original result',
    async () => {
      const mine = event('mine');
      const original = await store.append('company-a', [mine], { expectedRevision: 'no_stream' });
      await store.append('company-a', [event('later')]);
      expect(await appendFromChildProcess(temp.file, 'company-a', [mine], 'no_stream')).toEqual({ ok: true, result: { ...original, alreadyRecorded: true } });
      expect(await appendFromChildProcess(temp.file, 'company-a', [{ ...mine, type: 'Other' }], 'no_stream')).toMatchObject({
        ok: false,
        name: 'EventIdConflictError',
      });
      expect(await store.readStream('company-a')).toHaveLength(2);
    },
    CHILD_TIMEOUT_MS,
  );
});
