import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { createLedgerClient } from './ledger-client';
import { retryAfterMs } from './retry-unavailable';

/** A server that answers each request with the next of `answers` and keeps what it received, and when. */
async function serve(answers: ((response: ServerResponse) => void)[]): Promise<{ url: string; received: { at: number; body: string }[]; server: Server }> {
  const received: { at: number; body: string }[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ at: Date.now(), body });
      (answers[received.length - 1] ?? answers[answers.length - 1])(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

const unavailable = (retryAfter?: string) => (response: ServerResponse) =>
  response
    .writeHead(503, { 'content-type': 'application/problem+json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) })
    .end(JSON.stringify({ type: 'about:blank', title: 'Store unavailable', status: 503 }));
const registered = (response: ServerResponse) =>
  response.writeHead(201, { 'content-type': 'application/json', etag: '"0"' }).end(JSON.stringify({ companyId: 'acme', revision: 0, position: '1' }));

describe('the client retries 503 after Retry-After', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('sends the same write again once the wait Retry-After names has passed, and hands over the answer that followed', async () => {
    const ledger = await serve([unavailable('1'), registered]);
    server = ledger.server;
    const client = createLedgerClient({ baseUrl: ledger.url });
    const { data, response } = await client.POST('/v1/companies', { body: { companyId: 'acme', name: 'Acme plc' } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ companyId: 'acme', revision: 0, position: '1' });
    expect(ledger.received.map((request) => JSON.parse(request.body))).toEqual([
      { companyId: 'acme', name: 'Acme plc' },
      { companyId: 'acme', name: 'Acme plc' },
    ]);
    // Not before the second the server asked for (a little slack for the clocks' granularity).
    expect(ledger.received[1].at - ledger.received[0].at).toBeGreaterThanOrEqual(990);
  });

  it('gives up after its retries and hands over the last 503 with its problem', async () => {
    const ledger = await serve([unavailable('0')]);
    server = ledger.server;
    const client = createLedgerClient({ baseUrl: ledger.url, retry: { retries: 2 } });
    const { error, response } = await client.POST('/v1/companies', { body: { companyId: 'acme', name: 'Acme plc' } });
    expect(response.status).toBe(503);
    expect(error).toMatchObject({ title: 'Store unavailable', status: 503 });
    expect(ledger.received).toHaveLength(3);
  });

  it('does not retry an answer that is not 503 or 429', async () => {
    const ledger = await serve([
      (response) =>
        response
          .writeHead(400, { 'content-type': 'application/problem+json' })
          .end(JSON.stringify({ type: 'about:blank', title: 'Invalid request', status: 400 })),
    ]);
    server = ledger.server;
    const { response } = await createLedgerClient({ baseUrl: ledger.url }).POST('/v1/companies', { body: { companyId: 'acme', name: 'Acme plc' } });
    expect(response.status).toBe(400);
    expect(ledger.received).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['5', 5000],
    [' 0 ', 0],
    ['Thu, 01 Jan 2026 00:00:03 GMT', 3000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });
});

describe('without Retry-After', () => {
  let server: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('waits the fallback delay, doubled at each retry', async () => {
    const ledger = await serve([unavailable(), unavailable(), registered]);
    server = ledger.server;
    const { response } = await createLedgerClient({ baseUrl: ledger.url, retry: { fallbackDelayMs: 100 } }).POST('/v1/companies', {
      body: { companyId: 'acme', name: 'Acme plc' },
    });
    expect(response.status).toBe(201);
    const [first, second, third] = ledger.received.map((request) => request.at);
    expect(second - first).toBeGreaterThanOrEqual(95);
    expect(third - second).toBeGreaterThanOrEqual(195);
  });
});
