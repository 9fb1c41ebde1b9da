import { randomUUID } from 'node:crypto';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { CorruptEventError, EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { EventToAppend } from '../port/event-store';
import { EventStoreDbEventStore } from './event-store-db-event-store';
import { InMemoryEsdbClient, InMemoryEsdbClientOptions } from './testing/in-memory-esdb-client';

const event = (data: Record<string, unknown> = {}, id: string = randomUUID()): EventToAppend => ({ id, type: 'Probed', data });
const clockAt = (iso: string) => () => new Date(iso);

// Behaviour of a real server (and of the real client) that the adapter must not take for granted.
describe('EventStoreDB adapter on the server rules', () => {
  let client: InMemoryEsdbClient;
  const stores: EventStoreDbEventStore[] = [];
  const open = (clock = clockAt('2024-01-01T00:00:00.000Z')) => {
    const store = EventStoreDbEventStore.withClient(() => client.asClient(), { clock });
    stores.push(store);
    return store;
  };
  const useClient = (options?: InMemoryEsdbClientOptions) => {
    client = new InMemoryEsdbClient(options);
  };
  beforeEach(() => useClient());
  afterEach(() => Promise.all(stores.splice(0).map((store) => store.close())));

  describe('when the server answers a repeated append as a success without writing', () => {
    it('keeps its chain on what the stream holds, not on what it sent', async () => {
      const mine = open(clockAt('2024-01-01T00:00:00.000Z'));
      const theirs = open(clockAt('2024-02-01T00:00:00.000Z'));
      const first = await mine.append('company-acme', [event()]);
      const batch = [event({ n: 1 }), event({ n: 2 })];
      const original = await theirs.append('company-acme', batch, { expectedRevision: first.nextRevision });

      expect(await mine.append('company-acme', batch, { expectedRevision: first.nextRevision })).toEqual({ ...original, alreadyRecorded: true });
      await mine.append('company-acme', [event()]);
      expect(await verifyStreamChain(mine, 'company-acme')).toEqual({ ok: true, events: 4 });
    });

    it('says it wrote the events when an earlier attempt with them was refused', async () => {
      const mine = open();
      const stale = open();
      await stale.append('company-acme', [event()]);
      await mine.append('company-acme', [event()]);
      const batch = [event({ n: 1 }), event({ n: 2 })];
      // Its cached state is one event behind: the server refuses its write.
      await expect(stale.append('company-acme', batch, { expectedRevision: 0 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);

      const written = await mine.append('company-acme', batch, { expectedRevision: 1 });
      expect(written.alreadyRecorded).toBeUndefined();
      expect(written.nextRevision).toBe(3);
      expect(await mine.readStream('company-acme')).toHaveLength(4);
    });

    it('refuses the repeat when the stream holds those ids with other content', async () => {
      const mine = open();
      const theirs = open();
      const first = await mine.append('company-acme', [event()]);
      const id = randomUUID();
      await theirs.append('company-acme', [event({ by: 'theirs' }, id)], { expectedRevision: first.nextRevision });

      const attempt = mine.append('company-acme', [event({ by: 'mine' }, id)], { expectedRevision: first.nextRevision });
      await expect(attempt).rejects.toBeInstanceOf(EventIdConflictError);
    });
  });

  describe('when the client reports a refused append as a result (throwOnAppendFailure=false)', () => {
    beforeEach(() => useClient({ throwOnAppendFailure: false }));

    it('retries an unchecked append that another writer got ahead of', async () => {
      const mine = open();
      const theirs = open();
      await mine.append('company-acme', [event()]);
      await theirs.append('company-acme', [event()]);
      expect((await mine.append('company-acme', [event()])).nextRevision).toBe(2);
      expect(await verifyStreamChain(mine, 'company-acme')).toEqual({ ok: true, events: 3 });
    });

    it('reports an exact expectation that does not hold', async () => {
      const mine = open();
      const theirs = open();
      const first = await mine.append('company-acme', [event()]);
      await theirs.append('company-acme', [event()]);
      await expect(mine.append('company-acme', [event()], { expectedRevision: first.nextRevision })).rejects.toMatchObject(
        new WrongExpectedRevisionError('company-acme', 0, 1),
      );
    });
  });

  describe('event ids, which the server holds as lower-case GUIDs', () => {
    it('chains and recognises an event whose id was given in upper case', async () => {
      const store = open();
      const shouted = event({}, randomUUID().toUpperCase());
      const original = await store.append('company-acme', [shouted]);
      expect(await verifyStreamChain(store, 'company-acme')).toEqual({ ok: true, events: 1 });
      expect(await store.append('company-acme', [shouted])).toEqual({ ...original, alreadyRecorded: true });
      expect(await store.append('company-acme', [{ ...shouted, id: shouted.id.toLowerCase() }])).toEqual({ ...original, alreadyRecorded: true });
      expect(await store.readStream('company-acme')).toHaveLength(1);
    });

    it('refuses an id that is not a UUID before writing anything', async () => {
      const store = open();
      await expect(store.append('company-acme', [event({}, 'not-a-uuid')])).rejects.toBeInstanceOf(RangeError);
      const written: unknown[] = [];
      for await (const item of client.readAll()) written.push(item);
      expect(written).toEqual([]);
    });
  });

  describe('a client whose reads go to a follower that lags behind the leader', () => {
    beforeEach(() => useClient({ followerLag: 2 }));

    it('decides an append on the stream as the leader holds it', async () => {
      const mine = open();
      const theirs = open();
      await theirs.append('company-acme', [event()]);
      expect((await mine.append('company-acme', [event()])).nextRevision).toBe(1);
      expect((await mine.append('company-acme', [event()], { expectedRevision: 1 })).nextRevision).toBe(2);
    });

    it('reads back a stream with the event just appended to it', async () => {
      const store = open();
      const written = event({ n: 1 });
      await store.append('company-acme', [written]);
      expect((await store.readStream('company-acme')).map((read) => read.id)).toEqual([written.id]);
    });
  });

  describe('events that cannot be read back', () => {
    it('reports data marked as JSON that does not parse as a corrupt event', async () => {
      const store = open();
      await store.append('company-acme', [event()]);
      client.recordRawJsonEvent('company-acme', 'Probed', '{"truncated": ');
      const error = await store.readStream('company-acme').catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(CorruptEventError);
      expect(error).toMatchObject({ streamId: 'company-acme', revision: 1 });
    });
  });
});
