import { LedgerProcess } from './support/ledger-process';
import { StreamClient, record, registerCompanies, waitUntil, within } from './support/live-streams';

jest.setTimeout(60_000);

const BUFFER = 200;

describe('live streams: a client that stops reading', () => {
  let ledger: LedgerProcess;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ env: { LIVE_CLIENT_BUFFER: String(BUFFER) } });
    await registerCompanies(ledger.baseUrl, ['slow-co']);
  });
  afterAll(() => ledger.dispose());

  it('is cut off with a final error message, while the others keep getting events promptly', async () => {
    const slow = await StreamClient.open(`${ledger.baseUrl}/v1/streams/all`);
    slow.connection.response.pause();
    const others = await Promise.all(Array.from({ length: 10 }, () => StreamClient.open(`${ledger.baseUrl}/v1/streams/all`)));

    // Fill the slow client's socket and the kernel's buffers (a few MiB on loopback) with large
    // disclosures, in batches each checked to reach every other client at once.
    const delays: number[] = [];
    let written = 0;
    const large = { facts: { summary: 'A long statement. '.repeat(450) } };
    for (let batch = 0; batch < 30; batch++) {
      const types = Array.from({ length: 50 }, () => 'OtherDisclosure');
      const position = await record(ledger.baseUrl, 'slow-co', types, large);
      const acknowledged = Date.now();
      written += types.length;
      await waitUntil(
        () => others.every((other) => other.received.at(-1)?.id === position),
        5_000,
        () => `batch ${batch} to reach the others`,
      );
      delays.push(Date.now() - acknowledged);
    }
    // The others never waited for the slow one: each batch reached all of them well within a second.
    expect(Math.max(...delays)).toBeLessThan(1_000);
    for (const other of others) {
      expect(other.received).toHaveLength(written);
      expect(other.errors).toEqual([]);
    }

    // Reading again, the slow client finds a prefix of the events, then why it was cut off, then the end.
    slow.connection.response.resume();
    await within(slow.connection.ended, 15_000, 'the slow client was not cut off');
    expect(slow.errors).toEqual([
      expect.objectContaining({ type: expect.stringContaining('slow-consumer'), detail: expect.stringContaining('Last-Event-ID') }),
    ]);
    expect(slow.received.length).toBeLessThan(written);
    expect(slow.ids).toEqual(others[0].ids.slice(0, slow.received.length));

    // It can resume where it stopped.
    const resumed = await StreamClient.open(`${ledger.baseUrl}/v1/streams/all`, { 'last-event-id': slow.ids.at(-1)! });
    await waitUntil(
      () => slow.received.length + resumed.received.length >= written,
      10_000,
      () => 'the rest after resuming',
    );
    expect([...slow.ids, ...resumed.ids]).toEqual(others[0].ids);
    resumed.close();
    for (const other of others) other.close();
  });
});
