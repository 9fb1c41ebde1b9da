import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { SseParser, openSse } from './support/sse-client';
import { StreamClient, openNdjson, record, registerCompanies, waitUntil, within } from './support/live-streams';

jest.setTimeout(60_000);

describe('live streams over HTTP', () => {
  let ledger: LedgerProcess;
  let first: string;
  let second: string;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ env: { LIVE_HEARTBEAT_MS: '200' } });
    await registerCompanies(ledger.baseUrl, ['api-co', 'api-co-2']);
    first = await record(ledger.baseUrl, 'api-co', ['BreachAnnounced']);
    second = await record(ledger.baseUrl, 'api-co-2', ['SharePriceMoved']);
  });
  afterAll(() => ledger.dispose());

  it('sends Server-Sent Events: id = position, event = type, data = the whole disclosure', async () => {
    const stream = await StreamClient.open(`${ledger.baseUrl}/v1/streams/all?from=start`);
    expect(stream.connection.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.connection.headers['stream-after']).toBe('start');
    await waitUntil(
      () => stream.received.length >= 4,
      5_000,
      () => 'the replay',
    );
    expect(stream.received.map((message) => message.event)).toEqual(['CompanyRegistered', 'CompanyRegistered', 'BreachAnnounced', 'SharePriceMoved']);
    const breach = stream.received[2];
    expect(breach.id).toBe(first);
    expect(breach.data).toEqual(
      expect.objectContaining({
        type: 'BreachAnnounced',
        companyId: 'api-co',
        revision: 1,
        position: first,
        recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        disclosureId: expect.any(String),
        facts: expect.objectContaining({ externalAccess: true }),
      }),
    );
    stream.close();
  });

  it('sends NDJSON when asked, the same three fields a line', async () => {
    const lines: any[] = [];
    const stream = await openNdjson(`${ledger.baseUrl}/v1/streams/companies/api-co?from=start`, (line) => lines.push(line));
    expect(stream.headers['content-type']).toBe('application/x-ndjson');
    await waitUntil(
      () => lines.length >= 2,
      5_000,
      () => 'two lines',
    );
    expect(lines.map((line) => [line.id, line.event, line.data.companyId])).toEqual([
      [expect.any(String), 'CompanyRegistered', 'api-co'],
      [first, 'BreachAnnounced', 'api-co'],
    ]);
    stream.close();
  });

  it('goes live from now without from, and says where it starts', async () => {
    const stream = await StreamClient.open(`${ledger.baseUrl}/v1/streams/all?types=OtherDisclosure`);
    expect(stream.connection.headers['stream-after']).toMatch(/^\d+$/);
    const position = await record(ledger.baseUrl, 'api-co', ['OtherDisclosure']);
    await waitUntil(
      () => stream.received.length >= 1,
      5_000,
      () => 'the new event',
    );
    expect(stream.ids).toEqual([position]);
    stream.close();
  });

  it('resumes after Last-Event-ID, which wins over ?from=', async () => {
    const stream = await StreamClient.open(`${ledger.baseUrl}/v1/streams/all?from=start&types=BreachAnnounced,SharePriceMoved`, { 'last-event-id': first });
    await waitUntil(
      () => stream.received.length >= 1,
      5_000,
      () => 'the event after Last-Event-ID',
    );
    expect(stream.ids).toEqual([second]);
    stream.close();
  });

  it('sends a heartbeat comment while idle', async () => {
    const parser = new SseParser();
    const stream = await openSse(`${ledger.baseUrl}/v1/streams/companies/api-co-2`, () => undefined, { parser });
    await waitUntil(
      () => parser.comments >= 2,
      3_000,
      () => 'two heartbeats',
    );
    stream.close();
  });

  it.each([
    ['a malformed from', '/v1/streams/all?from=yesterday', 400],
    ['a position beyond the log', '/v1/streams/all?from=999999', 400],
    ['an unknown type', '/v1/streams/all?types=Rumour', 400],
    ['a malformed company id', '/v1/streams/all?companies=Not_A_Slug', 400],
    ['an unregistered company', '/v1/streams/companies/nobody-here', 404],
  ])('answers %s with a problem document', async (_, path, status) => {
    const answer = await client(ledger.baseUrl).get(path, { accept: 'text/event-stream' });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers a malformed Last-Event-ID with 400', async () => {
    const answer = await client(ledger.baseUrl).get('/v1/streams/all', { 'last-event-id': 'x1' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ path: 'Last-Event-ID' })]);
  });

  it('ends every stream cleanly on shutdown, and exits promptly', async () => {
    const streams = await Promise.all([
      StreamClient.open(`${ledger.baseUrl}/v1/streams/all`),
      StreamClient.open(`${ledger.baseUrl}/v1/streams/all?from=start`),
    ]);
    const started = Date.now();
    const exitCode = await within(ledger.stop('SIGTERM'), 10_000, 'the ledger did not exit');
    await within(Promise.all(streams.map((stream) => stream.connection.ended)), 5_000, 'the streams did not end');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(exitCode === 0 || exitCode === null).toBe(true);
    for (const stream of streams) expect(stream.errors).toEqual([]);
  });
});
