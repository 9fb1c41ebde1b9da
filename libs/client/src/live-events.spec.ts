import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { LiveEvent, liveEvents } from './live-events';
import { LedgerProblemError } from './ledger-problem';

/** A stand-in live stream: each connection is answered by the next handler; the requests are kept. */
async function streamServer(connections: ((request: IncomingMessage, response: ServerResponse) => void)[]) {
  const requests: { url: string; lastEventId?: string }[] = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', lastEventId: request.headers['last-event-id'] as string | undefined });
    (connections[requests.length - 1] ?? connections[connections.length - 1])(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

const message = (position: number) =>
  `id: ${position}\nevent: BreachAnnounced\ndata: ${JSON.stringify({ type: 'BreachAnnounced', companyId: 'acme', revision: position, position: String(position), recordedAt: '2026-01-01T00:00:00Z' })}\n\n`;
const open = (response: ServerResponse, after?: string) =>
  response.writeHead(200, { 'content-type': 'text/event-stream', ...(after ? { 'stream-after': after } : {}) });

async function take(events: AsyncGenerator<LiveEvent>, count: number): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of events) {
    ids.push(event.id);
    if (ids.length === count) break;
  }
  return ids;
}

describe('the live iterator', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

  it('resumes after the last event received, with Last-Event-ID, when the connection drops', async () => {
    const ledger = await streamServer([
      (_request, response) => {
        open(response, '10');
        response.end(message(11) + message(12));
      },
      (_request, response) => {
        open(response, '12');
        response.write(message(13));
      },
    ]);
    server = ledger.server;
    const ids = await take(liveEvents({ baseUrl: ledger.baseUrl, company: 'acme', reconnectDelayMs: 10 }), 3);
    expect(ids).toEqual(['11', '12', '13']);
    expect(ledger.requests).toEqual([
      { url: '/v1/streams/companies/acme', lastEventId: undefined },
      { url: '/v1/streams/companies/acme', lastEventId: '12' },
    ]);
  });

  it('resumes after the Stream-After position when the connection drops before the first event', async () => {
    const ledger = await streamServer([
      (_request, response) => {
        open(response, '40');
        response.end();
      },
      (_request, response) => {
        open(response, '40');
        response.write(message(41));
      },
    ]);
    server = ledger.server;
    const dropped: string[] = [];
    const events = liveEvents({ baseUrl: ledger.baseUrl, types: ['BreachAnnounced'], reconnectDelayMs: 10, onDropped: (reason) => dropped.push(reason) });
    expect(await take(events, 1)).toEqual(['41']);
    expect(ledger.requests.map((request) => request.lastEventId)).toEqual([undefined, '40']);
    expect(ledger.requests[0].url).toBe('/v1/streams/all?types=BreachAnnounced');
    expect(dropped).toEqual(['the server ended the stream']);
  });

  it('reconnects after a 503 and after the server ends the stream with an error message', async () => {
    const ledger = await streamServer([
      (_request, response) =>
        response.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"type":"about:blank","title":"Unavailable","status":503}'),
      (_request, response) => {
        open(response, 'start');
        response.end(message(1) + 'event: error\ndata: {"title":"Shutting down"}\n\n');
      },
      (_request, response) => {
        open(response, '1');
        response.write(message(2));
      },
    ]);
    server = ledger.server;
    const dropped: string[] = [];
    const ids = await take(liveEvents({ baseUrl: ledger.baseUrl, from: 'start', reconnectDelayMs: 10, onDropped: (reason) => dropped.push(reason) }), 2);
    expect(ids).toEqual(['1', '2']);
    expect(ledger.requests.map((request) => [request.url, request.lastEventId])).toEqual([
      ['/v1/streams/all?from=start', undefined],
      ['/v1/streams/all?from=start', undefined],
      ['/v1/streams/all', '1'],
    ]);
    expect(dropped).toEqual(['the ledger answered 503', 'the server ended the stream: Shutting down']);
  });

  it('ends with the problem when the ledger refuses the request', async () => {
    const ledger = await streamServer([
      (_request, response) =>
        response
          .writeHead(404, { 'content-type': 'application/problem+json' })
          .end('{"type":"https://disclosure-ledger.dev/problems/company-not-registered","title":"Company not registered","status":404}'),
    ]);
    server = ledger.server;
    const failure = take(liveEvents({ baseUrl: ledger.baseUrl, company: 'nobody' }), 1);
    await expect(failure).rejects.toThrow(LedgerProblemError);
    await expect(failure).rejects.toMatchObject({ problem: { status: 404, title: 'Company not registered' } });
    expect(ledger.requests).toHaveLength(1);
  });
});
