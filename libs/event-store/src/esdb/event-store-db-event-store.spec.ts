import { randomUUID } from 'node:crypto';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { WrongExpectedRevisionError } from '../port/errors';
import { EventToAppend, RecordedEvent } from '../port/event-store';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './event-store-db-event-store';
import { InMemoryEsdbClient } from './testing/in-memory-esdb-client';

// The adapter's own logic (idempotency, hash chain, filters, exclusive starts) on a stand-in
// client; the same suite runs against a real server in event-store-db-event-store.int-spec.ts.
describeEventStoreContract('EventStoreDB adapter on an in-memory client', async () => {
  const client = new InMemoryEsdbClient();
  const store = EventStoreDbEventStore.withClient(() => client.asClient());
  return { store, cleanup: () => store.close() };
});

const event = (type = 'Probed'): EventToAppend => ({ id: randomUUID(), type, data: { at: type } });

async function readAll(store: EventStoreDbEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const recorded of store.readAll()) events.push(recorded);
  return events;
}

describe('EventStoreDB adapter with two writers on one log', () => {
  let client: InMemoryEsdbClient;
  let mine: EventStoreDbEventStore;
  let theirs: EventStoreDbEventStore;
  beforeEach(() => {
    client = new InMemoryEsdbClient();
    // Writers record at different instants, as racing processes do: events identical to the byte,
    // recording time included, could not be told apart from one's own.
    mine = EventStoreDbEventStore.withClient(() => client.asClient(), { clock: () => new Date('2024-01-01T00:00:00.000Z') });
    theirs = EventStoreDbEventStore.withClient(() => client.asClient(), { clock: () => new Date('2024-02-01T00:00:00.000Z') });
  });
  afterEach(() => Promise.all([mine.close(), theirs.close()]));

  it('appends after its own last append reading back only the event it wrote last', async () => {
    const first = await mine.append('company-acme', [event()], { expectedRevision: 'no_stream' });
    const reads = jest.spyOn(client, 'readStream');
    await mine.append('company-acme', [event(), event()], { expectedRevision: first.nextRevision });
    const ofStream = reads.mock.calls.filter(([stream]) => stream === 'company-acme');
    expect(ofStream.map(([, options]) => options)).toEqual([expect.objectContaining({ fromRevision: 2n, maxCount: 1 })]);
  });

  it("retries an unchecked append ('any') when another writer got in first, keeping the chain whole", async () => {
    await mine.append('company-acme', [event()]);
    await theirs.append('company-acme', [event()]);
    const result = await mine.append('company-acme', [event()]);
    expect(result.nextRevision).toBe(2);
    expect(await verifyStreamChain(mine, 'company-acme')).toEqual({ ok: true, events: 3 });
  });

  it('reports the actual revision when an exact expectation was overtaken by another writer', async () => {
    const first = await mine.append('company-acme', [event()]);
    await theirs.append('company-acme', [event()]);
    await expect(mine.append('company-acme', [event()], { expectedRevision: first.nextRevision })).rejects.toMatchObject(
      new WrongExpectedRevisionError('company-acme', 0, 1),
    );
  });

  it('answers with the original result when another writer already appended the same events', async () => {
    const first = await mine.append('company-acme', [event()]);
    const batch = [event(), event()];
    const original = await theirs.append('company-acme', batch, { expectedRevision: first.nextRevision });
    expect(await mine.append('company-acme', batch, { expectedRevision: first.nextRevision })).toEqual({ ...original, alreadyRecorded: true });
    expect(await mine.readStream('company-acme')).toHaveLength(3);
  });
});

describe('EventStoreDB adapter and what the log holds besides our events', () => {
  it('never surfaces system events', async () => {
    const client = new InMemoryEsdbClient();
    const store = EventStoreDbEventStore.withClient(() => client.asClient());
    try {
      const appended = await store.append('company-acme', [event(), event()]);
      client.recordSystemEvent();
      const everything = await readAll(store);
      expect(everything.map((e) => e.streamId)).toEqual(['company-acme', 'company-acme']);
      expect(await store.headPosition()).toBe(appended.position);
    } finally {
      await store.close();
    }
  });
});
