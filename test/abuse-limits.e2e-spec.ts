import { request } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { openSse } from './support/sse-client';

jest.setTimeout(120_000);

const NO_KEY = { authorization: '' };

describe('request rate limit', () => {
  let ledger: LedgerProcess;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ env: { RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_WINDOW_MS: '60000' } });
  });

  afterAll(async () => {
    await ledger?.dispose();
  });

  it('answers 429 with Retry-After once an address without a key is over its rate, and counts a key apart', async () => {
    const statuses: number[] = [];
    for (let sent = 0; sent < 4; sent++) statuses.push((await request(ledger.baseUrl, 'GET', '/v1/companies', undefined, NO_KEY)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await request(ledger.baseUrl, 'GET', '/v1/companies', undefined, NO_KEY);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 429, title: 'Too many requests' });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    // The admin key is a client of its own: the address's excess does not count against it.
    expect((await request(ledger.baseUrl, 'GET', '/v1/companies')).status).toBe(200);
  });
});

describe('live streams per client', () => {
  let ledger: LedgerProcess;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ env: { LIVE_STREAMS_PER_CLIENT: '2' } });
  });

  afterAll(async () => {
    await ledger?.dispose();
  });

  it('refuses a stream beyond the cap with 429, serves a key apart, and serves again once one closed', async () => {
    const url = `${ledger.baseUrl}/v1/streams/all`;
    const first = await openSse(url, () => undefined);
    const second = await openSse(url, () => undefined);
    const keyed = await openSse(url, () => undefined, { headers: { authorization: `Bearer ${ledger.adminKey}` } });
    try {
      expect([first.status, second.status, keyed.status]).toEqual([200, 200, 200]);
      const third = await openSse(url, () => undefined);
      expect(third.status).toBe(429);
      expect(third.headers['retry-after']).toMatch(/^\d+$/);
      expect(JSON.parse(third.errorBody ?? '{}')).toMatchObject({ status: 429 });
      first.close();
      await first.ended;
      // The server counts the stream closed once it sees the socket end: wait until it has.
      let again = await openSse(url, () => undefined);
      for (let attempt = 0; attempt < 100 && again.status === 429; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        again = await openSse(url, () => undefined);
      }
      expect(again.status).toBe(200);
      again.close();
    } finally {
      for (const stream of [first, second, keyed]) stream.close();
    }
  });
});

describe('browser security', () => {
  let ledger: LedgerProcess;
  let withCors: LedgerProcess;
  const ORIGIN = 'http://explorer.example.test';

  beforeAll(async () => {
    [ledger, withCors] = await Promise.all([LedgerProcess.start(), LedgerProcess.start({ env: { CORS_ORIGINS: `${ORIGIN},http://localhost:5173` } })]);
  });

  afterAll(async () => {
    await Promise.all([ledger?.dispose(), withCors?.dispose()]);
  });

  it('sends security headers on answers and refusals alike', async () => {
    for (const answer of [await request(ledger.baseUrl, 'GET', '/v1/companies'), await request(ledger.baseUrl, 'POST', '/v1/companies', {}, NO_KEY)]) {
      expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
    const page = await fetch(`${ledger.baseUrl}/`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('sends the security and CORS headers on a live stream, whose answer is written apart', async () => {
    const stream = await openSse(`${withCors.baseUrl}/v1/streams/all`, () => undefined, { headers: { origin: ORIGIN } });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['x-content-type-options']).toBe('nosniff');
      expect(stream.headers['content-security-policy']).toContain("default-src 'self'");
      expect(stream.headers['access-control-allow-origin']).toBe(ORIGIN);
    } finally {
      stream.close();
    }
  });

  it('answers no other origin by default', async () => {
    const answer = await request(ledger.baseUrl, 'GET', '/v1/companies', undefined, { origin: ORIGIN });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the configured origins, preflights included and without a key, and no other', async () => {
    const allowed = await request(withCors.baseUrl, 'GET', '/v1/companies', undefined, { origin: ORIGIN });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const other = await request(withCors.baseUrl, 'GET', '/v1/companies', undefined, { origin: 'http://elsewhere.example.test' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // A preflight is the browser's question, not an operation of the API: sent as is, outside the contract.
    const preflight = await fetch(`${withCors.baseUrl}/v1/companies`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });
});
