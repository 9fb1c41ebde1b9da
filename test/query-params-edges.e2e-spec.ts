import * as http from 'node:http';
import { HttpResponse, client, request } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { record, registerCompanies } from './support/live-streams';

jest.setTimeout(60_000);

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** The status and headers of a GET that may open a stream; the connection is dropped once the headers are in. */
function headersOf(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const get = http.get(url, { agent: false, headers }, (response) => {
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
      get.destroy();
    });
    get.on('error', reject);
  });
}

function expectProblem(answer: HttpResponse, status: number, paths: string[]): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
  expect(answer.body.detail).toBe(`${paths.length} invalid field${paths.length === 1 ? '' : 's'}`);
  expect(answer.body.errors.map((error: { path: string }) => error.path)).toEqual(paths);
}

describe('query parameter edges (query API and live streams)', () => {
  let ledger: LedgerProcess;
  let get: ReturnType<typeof client>['get'];
  let position: string;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    get = client(ledger.baseUrl).get;
    await registerCompanies(ledger.baseUrl, ['acme']);
    position = await record(ledger.baseUrl, 'acme', ['BreachAnnounced']);
    expect((await get(`/v1/companies/acme?minPosition=${position}`)).status).toBe(200);
  });
  afterAll(() => ledger.dispose());

  describe('live streams refuse a repeated or blank parameter instead of going live from now', () => {
    it.each([
      ['/v1/streams/all?from=3&from=3', ['from']],
      ['/v1/streams/companies/acme?from=start&from=5', ['from']],
      ['/v1/streams/all?from=garbage&from=3', ['from']],
      ['/v1/streams/all?from=', ['from']],
      ['/v1/streams/all?from=%20', ['from']],
      ['/v1/streams/all?types=', ['types']],
      ['/v1/streams/all?companies=', ['companies']],
      ['/v1/streams/companies/acme?types=BreachAnnounced,', ['types']],
      ['/v1/streams/all?companies=&types=Rumour&from=', ['companies', 'types', 'from']],
    ])('%s → 400 naming %j', async (path, paths) => {
      const answer = await get(path, { accept: 'text/event-stream' });
      expectProblem(answer, 400, paths);
      if (paths.includes('from')) expect(answer.body.errors).toContainEqual({ path: 'from', message: 'from must be given once, not empty' });
    });

    it('still takes types and companies repeated, as the README documents', async () => {
      const answer = await headersOf(
        `${ledger.baseUrl}/v1/streams/all?types=BreachAnnounced&types=SharePriceMoved&companies=acme&companies=other-co&from=start`,
        { accept: 'text/event-stream' },
      );
      expect(answer.status).toBe(200);
      expect(answer.headers['stream-after']).toBe('start');
    });
  });

  describe('every bad query parameter is named, minPosition included, with a detail', () => {
    it.each([
      ['/v1/companies/acme/disclosures?limit=0&minPosition=abc', ['limit', 'minPosition']],
      ['/v1/companies/acme/state?asOf=x&basis=y&minPosition=-1', ['asOf', 'basis', 'minPosition']],
      ['/v1/companies/acme?minPosition=abc', ['minPosition']],
      ['/v1/companies?incident=closed&minPosition=1&minPosition=2', ['incident', 'minPosition']],
      ['/v1/disclosures?order=up&minPosition=', ['order', 'minPosition']],
      ['/v1/probes?status=maybe&minPosition=x', ['status', 'minPosition']],
    ])('%s → 400 naming %j, with Ledger-Position', async (path, paths) => {
      const answer = await get(path);
      expectProblem(answer, 400, paths);
      expect(answer.headers.get('ledger-position')).toBe(position);
    });
  });

  describe("streams choose their format by the client's preference", () => {
    it.each([
      ['text/event-stream;q=0.1, application/x-ndjson', 'application/x-ndjson'],
      ['Application/NDJSON', 'application/x-ndjson'],
      ['application/x-ndjson, text/event-stream', 'application/x-ndjson'],
      ['text/event-stream, application/x-ndjson', 'text/event-stream; charset=utf-8'],
      ['*/*', 'text/event-stream; charset=utf-8'],
      ['application/x-ndjson;q=0, */*;q=0.5', 'text/event-stream; charset=utf-8'],
    ])('Accept: %s → %s', async (accept, contentType) => {
      const answer = await headersOf(`${ledger.baseUrl}/v1/streams/all`, { accept });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe(contentType);
    });

    it('answers 406 problem+json to a client that accepts neither format', async () => {
      const answer = await get('/v1/streams/companies/acme', { accept: 'application/xml' });
      expect(answer.status).toBe(406);
      expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
      expect(answer.body.detail).toContain('text/event-stream');
    });
  });

  it('answers a malformed company id in a stream path as GET /v1/companies/:companyId does: 404', async () => {
    const stream = await get('/v1/streams/companies/ACME', { accept: 'text/event-stream' });
    expect(stream.status).toBe(404);
    expect(stream.headers.get('content-type')).toBe(PROBLEM_JSON);
    expect(stream.body.errors).toBeUndefined();
    expect((await get('/v1/companies/ACME')).status).toBe(404);
  });

  describe('methods a resource does not serve', () => {
    it.each([
      ['PUT', '/v1/companies/acme', 'GET, HEAD, OPTIONS'],
      ['DELETE', '/v1/companies/acme', 'GET, HEAD, OPTIONS'],
      ['POST', '/v1/probes', 'GET, HEAD, OPTIONS'],
      ['DELETE', '/v1/companies', 'GET, HEAD, POST, OPTIONS'],
      ['PATCH', '/v1/companies/acme/disclosures', 'GET, HEAD, POST, OPTIONS'],
    ])('%s %s → 405 with Allow: %s', async (method, path, allow) => {
      const answer = await request(ledger.baseUrl, method, path);
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe(allow);
      expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
      expect(answer.body.detail).toBe(`${method} is not served here; allowed: ${allow}`);
    });

    it('answers OPTIONS with 204 and Allow', async () => {
      const answer = await request(ledger.baseUrl, 'OPTIONS', '/v1/companies/acme/state');
      expect(answer.status).toBe(204);
      expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    });

    it('still answers 404 on a path nothing serves', async () => {
      expect((await request(ledger.baseUrl, 'PUT', '/v1/companies/acme/nothing')).status).toBe(404);
    });
  });
});

describe('methods a resource does not serve, on the query API alone', () => {
  let reader: LedgerProcess;
  beforeAll(async () => {
    reader = await LedgerProcess.start({ app: 'query-api' });
  });
  afterAll(() => reader.dispose());

  it('leaves POST out of Allow where the write API is not running', async () => {
    const answer = await request(reader.baseUrl, 'DELETE', '/v1/companies');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});
