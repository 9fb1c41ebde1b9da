import { LedgerProcess } from './support/ledger-process';
import { DISCLOSURE_TYPES, Delivered, StreamClient, record, registerCompanies, waitUntil } from './support/live-streams';

jest.setTimeout(60_000);

const COMPANIES = ['resume-a', 'resume-b', 'resume-c'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client that drops its connection at random moments and reconnects with Last-Event-ID, keeping everything it got. */
class FlakyClient {
  readonly received: Delivered[] = [];
  reconnects = 0;
  private current?: StreamClient;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly random: () => number,
  ) {}

  async run(): Promise<void> {
    while (!this.stopped) {
      const last = this.received.at(-1)?.id;
      const stream = await StreamClient.open(this.url, last ? { 'last-event-id': last } : {});
      expect(stream.connection.status).toBe(200);
      this.current = stream;
      // Collect into the shared list as messages arrive.
      const drain = setInterval(() => this.received.push(...stream.received.splice(0)), 5);
      await sleep(20 + this.random() * 250);
      clearInterval(drain);
      if (this.stopped) {
        this.current = stream;
        return;
      }
      stream.close();
      this.received.push(...stream.received.splice(0));
      this.reconnects++;
    }
  }

  /** Stops dropping; keeps the current connection to collect the rest. */
  async settle(): Promise<void> {
    this.stopped = true;
    await waitUntil(
      () => this.current !== undefined,
      5_000,
      () => 'a connection',
    );
  }

  collectRest(): void {
    this.received.push(...this.current!.received.splice(0));
  }

  close(): void {
    this.current?.close();
  }
}

/** A small seeded generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('live streams: resuming after a drop', () => {
  let ledger: LedgerProcess;
  let startPosition: string;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    await registerCompanies(ledger.baseUrl, COMPANIES);
    startPosition = await record(ledger.baseUrl, 'resume-a', ['OtherDisclosure']);
  });
  afterAll(() => ledger.dispose());

  it('ends with the complete sequence, no duplicate, for clients that drop at random and reconnect with Last-Event-ID', async () => {
    const clients = Array.from({ length: 30 }, (_, i) => {
      // Some start with ?from=: Last-Event-ID must win over it once they reconnect.
      const path =
        i % 3 === 0
          ? `/v1/streams/all?from=${startPosition}`
          : i % 3 === 1
            ? '/v1/streams/companies/resume-b'
            : `/v1/streams/all?types=BreachAnnounced,OtherDisclosure&from=${startPosition}`;
      return { path, client: new FlakyClient(`${ledger.baseUrl}${path}`, seeded(i + 1)) };
    });
    // Live-only clients must be attached before the first write they are to see.
    const running = clients.map(({ client }) => client.run());
    await sleep(50);

    for (let n = 0; n < 150; n++) {
      const companyId = COMPANIES[n % COMPANIES.length];
      await record(
        ledger.baseUrl,
        companyId,
        n % 10 === 0 ? ['BreachAnnounced', 'OtherDisclosure', 'SharePriceMoved'] : [DISCLOSURE_TYPES[n % DISCLOSURE_TYPES.length]],
      );
      if (n % 15 === 0) await sleep(25);
    }
    for (const { client } of clients) await client.settle();
    await Promise.all(running);

    const reference = await StreamClient.open(`${ledger.baseUrl}/v1/streams/all?from=${startPosition}`);
    await waitUntil(
      () => reference.received.length >= 150 + 15 * 2,
      10_000,
      () => `the replay: ${reference.received.length}`,
    );
    const log = reference.received;
    const expectedFor = (path: string) =>
      log.filter((message) =>
        path.includes('companies/resume-b')
          ? message.data.companyId === 'resume-b'
          : path.includes('types=')
            ? ['BreachAnnounced', 'OtherDisclosure'].includes(message.event)
            : true,
      );

    for (const { path, client } of clients) {
      const expected = expectedFor(path).map((message) => message.id);
      // The live-only clients (per company) start at their first connection: compare from their first event.
      const want = path.includes('from=') ? expected : expected.slice(expected.indexOf(client.received[0]?.id));
      await waitUntil(
        () => (client.collectRest(), client.received.length >= want.length),
        10_000,
        () => `${client.received.length} of ${want.length} for ${path}`,
      );
      expect({ path, ids: client.received.map((message) => message.id) }).toEqual({ path, ids: want });
    }
    expect(clients.reduce((sum, { client }) => sum + client.reconnects, 0)).toBeGreaterThan(30);
    for (const { client } of clients) client.close();
    reference.close();
  });
});
