import { LedgerProcess } from './support/ledger-process';
import { DISCLOSURE_TYPES, Delivered, StreamClient, openNdjson, record, registerCompanies, waitUntil } from './support/live-streams';

jest.setTimeout(60_000);

const COMPANIES = Array.from({ length: 8 }, (_, i) => `fanout-co-${i}`);

interface Wanted {
  companies?: string[];
  types?: string[];
}

/** A deterministic mix: everything, some companies, some types, both, and the per-company route. */
function filterOf(i: number): { path: string; wanted: Wanted } {
  const companies = [COMPANIES[i % 8], COMPANIES[(i * 3 + 1) % 8]];
  const types = [DISCLOSURE_TYPES[i % DISCLOSURE_TYPES.length], DISCLOSURE_TYPES[(i + 5) % DISCLOSURE_TYPES.length]];
  switch (i % 5) {
    case 0:
      return { path: '/v1/streams/all', wanted: {} };
    case 1:
      return { path: `/v1/streams/all?companies=${companies.join(',')}`, wanted: { companies } };
    case 2:
      return { path: `/v1/streams/all?types=${types.join(',')}`, wanted: { types } };
    case 3:
      return { path: `/v1/streams/all?companies=${companies[0]}&types=${types.join(',')}`, wanted: { companies: [companies[0]], types } };
    default:
      return { path: `/v1/streams/companies/${companies[0]}`, wanted: { companies: [companies[0]] } };
  }
}

const matches = (wanted: Wanted) => (message: Delivered) =>
  (!wanted.companies || wanted.companies.includes(message.data.companyId)) && (!wanted.types || wanted.types.includes(message.event));

describe('live streams: fan-out to many clients', () => {
  let ledger: LedgerProcess;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    await registerCompanies(ledger.baseUrl, COMPANIES);
  });
  afterAll(() => ledger.dispose());

  it('gives each of 200 clients with mixed filters exactly its events, in log order', async () => {
    const clients = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const { path, wanted } = filterOf(i);
        return { wanted, stream: await StreamClient.open(`${ledger.baseUrl}${path}`) };
      }),
    );
    const ndjsonLines: Delivered[] = [];
    const ndjson = await openNdjson(`${ledger.baseUrl}/v1/streams/all`, (line) => ndjsonLines.push(line as Delivered));

    // Singles and batches, several companies at once.
    const written: string[] = [];
    for (let round = 0; round < 12; round++) {
      await Promise.all(
        COMPANIES.map(async (companyId, c) => {
          const types = Array.from({ length: 1 + ((round + c) % 4) }, (_, k) => DISCLOSURE_TYPES[(round * 7 + c + k) % DISCLOSURE_TYPES.length]);
          await record(ledger.baseUrl, companyId, types);
          written.push(...types.map((type) => `${companyId}/${type}`));
        }),
      );
    }

    // The reference: the log replayed from its start, company registrations left out.
    const reference = await StreamClient.open(`${ledger.baseUrl}/v1/streams/all?from=start`);
    await waitUntil(
      () => reference.received.length >= COMPANIES.length + written.length,
      15_000,
      () => `the replay: ${reference.received.length}`,
    );
    const disclosed = () => reference.received.filter((message) => message.event !== 'CompanyRegistered');
    expect(
      disclosed()
        .map((message) => `${message.data.companyId}/${message.event}`)
        .sort(),
    ).toEqual([...written].sort());

    // Then one marker each client's filter selects: once a client has its last marker, nothing it was sent
    // before (a duplicate, an event of another filter) can still be on its way.
    const markers = new Set(clients.map(({ wanted }) => `${wanted.companies?.[0] ?? COMPANIES[0]}/${wanted.types?.[0] ?? DISCLOSURE_TYPES[0]}`));
    for (const marker of markers) {
      const [companyId, type] = marker.split('/');
      await record(ledger.baseUrl, companyId, [type]);
    }
    await waitUntil(
      () => disclosed().length >= written.length + markers.size,
      15_000,
      () => `the markers: ${reference.received.length}`,
    );
    const log = disclosed();
    for (const { wanted, stream } of clients) {
      const expected = log.filter(matches(wanted)).map((message) => message.id);
      await waitUntil(
        () => stream.received.length >= expected.length,
        10_000,
        () => `${stream.received.length} of ${expected.length} events for ${JSON.stringify(wanted)}`,
      );
    }
    for (const { wanted, stream } of clients) {
      expect({ wanted, ids: stream.ids }).toEqual({ wanted, ids: log.filter(matches(wanted)).map((message) => message.id) });
      expect(stream.errors).toEqual([]);
    }
    expect(ndjsonLines.map((line) => line.id)).toEqual(log.map((message) => message.id));
    expect(ndjsonLines[0]).toEqual({ id: log[0].id, event: log[0].event, data: log[0].data });

    for (const { stream } of clients) stream.close();
    reference.close();
    ndjson.close();
  });
});
