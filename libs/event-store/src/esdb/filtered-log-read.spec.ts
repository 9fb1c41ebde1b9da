import { randomUUID } from 'node:crypto';
import { EventToAppend, RecordedEvent } from '../port/event-store';
import { EventStoreDbEventStore } from './event-store-db-event-store';
import { InMemoryEsdbClient } from './testing/in-memory-esdb-client';

const event = (type = 'Probed'): EventToAppend => ({ id: randomUUID(), type, data: {} });

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const recorded of events) collected.push(recorded);
  return collected;
}

describe('EventStoreDB adapter reading the log through a filter', () => {
  let client: InMemoryEsdbClient;
  let store: EventStoreDbEventStore;
  /** Every event the client handed to the adapter from $all, forwards. */
  let received: { streamId: string }[];
  beforeEach(() => {
    client = new InMemoryEsdbClient();
    store = EventStoreDbEventStore.withClient(() => client.asClient());
    received = [];
    const subscribe = client.subscribeToAll.bind(client);
    jest.spyOn(client, 'subscribeToAll').mockImplementation((options) => {
      const subscription = subscribe(options);
      subscription.on('data', ({ event: recorded }: { event: { streamId: string } }) => received.push(recorded));
      return subscription;
    });
    const readAll = client.readAll.bind(client);
    jest.spyOn(client, 'readAll').mockImplementation((options) => {
      const read = readAll(options);
      read.on('data', ({ event: recorded }: { event: { streamId: string } }) => received.push(recorded));
      return read;
    });
  });
  afterEach(() => store.close());

  it('receives from the server only the events of the streams asked for, besides the head it stops at', async () => {
    await store.append('fund-one', [event(), event()]);
    const company = await store.append('company-acme', [event(), event()]);
    await store.append('fund-two', [event()]);
    client.recordSystemEvent();

    const read = await collect(store.readAll({ filter: { streamPrefixes: ['company-'] } }));

    expect(read.map((e) => e.streamId)).toEqual(['company-acme', 'company-acme']);
    expect(read[1].position).toBe(company.position);
    // The one other event received is the log's last, read first to know where to stop.
    expect(received.map((e) => e.streamId)).toEqual(['$stats-127.0.0.1:2113', 'company-acme', 'company-acme']);
  });

  it('ends after a long run of foreign events, and after a given position', async () => {
    const first = await store.append('company-acme', [event()]);
    const second = await store.append('company-acme', [event()]);
    for (let i = 0; i < 50; i++) await store.append(`fund-${i}`, [event()]);

    expect((await collect(store.readAll({ after: first.position, filter: { streamPrefixes: ['company-'] } }))).map((e) => e.position)).toEqual([
      second.position,
    ]);
    expect(await collect(store.readAll({ after: second.position, maxCount: 1, filter: { streamPrefixes: ['company-'] } }))).toEqual([]);
  });

  it('keeps exact event types though the server filters them as prefixes', async () => {
    await store.append('company-acme', [event('Registered'), event('RegisteredAgain'), event('Other')]);
    const read = await collect(store.readAll({ filter: { eventTypes: ['Registered'] } }));
    expect(read.map((e) => e.type)).toEqual(['Registered']);
  });

  it('reads nothing from an empty log', async () => {
    expect(await collect(store.readAll({ filter: { streamPrefixes: ['company-'] } }))).toEqual([]);
  });
});
