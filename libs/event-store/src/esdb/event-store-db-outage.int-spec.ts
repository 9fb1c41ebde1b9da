import * as net from 'node:net';
import { StoreUnavailableError } from '../port/errors';
import { EventStore, Subscription } from '../port/event-store';
import { EventStoreDbEventStore } from './event-store-db-event-store';

const DEADLINE_MS = 500;
/** Slack for timers and a busy machine; a missing deadline would wait for minutes, not this. */
const SLACK_MS = 1_500;

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP server that accepts connections and never says a word. */
async function silentServer(): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** How long `work` took to fail, checking it failed with StoreUnavailableError. */
async function msToUnavailable(work: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  const error = await work().then(
    (value) => new Error(`expected StoreUnavailableError, got ${JSON.stringify(value)}`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StoreUnavailableError);
  return Date.now() - started;
}

async function firstOf(subscription: Subscription): Promise<unknown> {
  try {
    return await subscription[Symbol.asyncIterator]().next();
  } finally {
    await subscription.close();
  }
}

const CALLS: [string, (store: EventStore) => Promise<unknown>][] = [
  ['append', (store) => store.append('company-acme', [{ id: '5b1f4a3e-8c1d-4c2e-9f7a-1d2e3f4a5b6c', type: 'Probed', data: {} }])],
  ['readStream', (store) => store.readStream('company-acme')],
  [
    'readAll',
    async (store) => {
      for await (const _ of store.readAll()) return;
    },
  ],
  ['headPosition', (store) => store.headPosition()],
  ['subscribeToAll', (store) => firstOf(store.subscribeToAll())],
  ['subscribeToStream', (store) => firstOf(store.subscribeToStream('company-acme'))],
];

describe('EventStoreDB adapter without a usable server', () => {
  describe('when the connection is refused', () => {
    let store: EventStoreDbEventStore;
    beforeAll(async () => {
      store = await EventStoreDbEventStore.connect(`esdb://127.0.0.1:${await closedPort()}?tls=false`, { deadlineMs: 5_000 });
    });
    afterAll(() => store.close());

    it.each(CALLS)('%s fails with StoreUnavailableError before the deadline', async (_call, call) => {
      expect(await msToUnavailable(() => call(store))).toBeLessThan(5_000);
    });
  });

  describe('when the server accepts connections and never answers', () => {
    let server: Awaited<ReturnType<typeof silentServer>>;
    let store: EventStoreDbEventStore;
    beforeAll(async () => {
      server = await silentServer();
      store = await EventStoreDbEventStore.connect(`esdb://127.0.0.1:${server.port}?tls=false`, { deadlineMs: DEADLINE_MS });
    });
    afterAll(async () => {
      await store.close();
      await server.stop();
    });

    it.each(CALLS)('%s fails with StoreUnavailableError at our deadline', async (_call, call) => {
      const elapsed = await msToUnavailable(() => call(store));
      expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
      expect(elapsed).toBeLessThan(DEADLINE_MS + SLACK_MS);
    });

    it('keeps answering at the deadline after earlier calls timed out', async () => {
      for (let i = 0; i < 3; i++) {
        expect(
          await msToUnavailable(() => store.append('company-acme', [{ id: `5b1f4a3e-8c1d-4c2e-9f7a-1d2e3f4a5b6${i}`, type: 'Probed', data: {} }])),
        ).toBeLessThan(DEADLINE_MS + SLACK_MS);
      }
    });
  });

  it('refuses a malformed connection string when connecting', async () => {
    await expect(EventStoreDbEventStore.connect('esdb://')).rejects.toThrow();
  });
});
