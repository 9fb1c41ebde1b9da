import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';

jest.setTimeout(60_000);

describe.each(['standalone', 'query-api'])('the explorer served by %s', (app) => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ app });
    http = client(ledger.baseUrl);
  });
  afterAll(() => ledger.dispose());

  it('answers its page at / and at each address the page routes, loading only its own assets', async () => {
    const home = await http.get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const assets = [...String(home.body).matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((url) => url !== 'data:,');
    expect(assets.length).toBeGreaterThanOrEqual(2);
    expect(assets.every((url) => url.startsWith('/assets/'))).toBe(true);
    for (const path of ['/companies/cvs-group', '/companies/cvs-group/as-of', '/review', '/audit']) {
      const page = await http.get(path);
      expect([path, page.status, page.body]).toEqual([path, 200, home.body]);
    }
    for (const url of assets) {
      const asset = await http.get(url);
      expect([url, asset.status]).toEqual([url, 200]);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(asset.headers.get('content-type')).toMatch(url.endsWith('.js') ? /^application\/javascript|^text\/javascript/ : /^text\/css/);
    }
  });

  it('leaves the API and its errors as they were', async () => {
    expect((await http.get('/v1/probes')).body).toEqual({ probes: [], next: null });
    for (const path of ['/nothing-here', '/assets/missing.js', '/companies/a/b/c']) {
      const missing = await http.get(path);
      expect([path, missing.status]).toEqual([path, 404]);
    }
    expect((await http.get('/nothing-here')).headers.get('content-type')).toContain('application/problem+json');
  });
});
