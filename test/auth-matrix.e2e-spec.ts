import { COMPANY, disclosure } from './fixtures/disclosures';
import { request } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(120_000);

type Caller = 'no key' | 'unknown key' | 'revoked key' | 'read' | 'write' | 'admin';
/** open: keys are ignored; optional: no key is fine, a bad one is refused. */
type Access = 'open' | 'optional' | 'read' | 'write' | 'admin';
const CALLERS: Caller[] = ['no key', 'unknown key', 'revoked key', 'read', 'write', 'admin'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** What the documentation says each route needs (docs/api.md): the rule, not the code's list. */
function documentedAccess(method: string, path: string, readsNeedKey: boolean): Access {
  if (path.startsWith('/health')) return 'open';
  if (path.startsWith('/v1/admin/')) return 'admin';
  if (method === 'post') return 'write';
  return readsNeedKey ? 'read' : 'optional';
}

/** The answer documented for a caller: refused with 401 or 403, or let through to the route. */
function expectedOutcome(access: Access, caller: Caller): 401 | 403 | 'through' {
  if (access === 'open') return 'through';
  if (caller === 'unknown key' || caller === 'revoked key') return 401;
  if (caller === 'no key') return access === 'optional' ? 'through' : 401;
  if (access === 'optional') return 'through';
  const rank = { read: 1, write: 2, admin: 3 };
  return rank[caller] >= rank[access] ? 'through' : 403;
}

/** A request that passes the access check without changing anything: a body the route refuses (400) or a name it does not know. */
function harmlessRequest(method: string, template: string): { path: string; body?: unknown; headers: Record<string, string> } {
  const path = template.replace('{companyId}', COMPANY.companyId).replace('{disclosureId}', 'no-such-disclosure').replace('{name}', 'no-such-projection');
  // A live stream asked for in a form it does not serve ends at once (406) instead of staying open.
  const headers: Record<string, string> = path.startsWith('/v1/streams/') ? { accept: 'image/png' } : {};
  return method === 'post' ? { path, body: { commit: true, unexpected: true }, headers } : { path, headers };
}

describe.each([
  ['reads open (the default)', false],
  ['LEDGER_READ_ACCESS=key', true],
])('every route of the OpenAPI document x every kind of caller, %s', (_title, readsNeedKey) => {
  let ledger: LedgerProcess;
  const secrets = {} as Record<Caller, string | undefined>;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ env: readsNeedKey ? { LEDGER_READ_ACCESS: 'key' } : {} });
    expect((await request(ledger.baseUrl, 'POST', '/v1/companies', COMPANY)).status).toBe(201);
    const create = (name: string, scope: string) => {
      const run = runLedgerctl(['keys', 'create', name, '--scope', scope], { store: ledger.storeFile });
      expect(run.status).toBe(0);
      return run.stdout.trim();
    };
    secrets['no key'] = undefined;
    secrets['unknown key'] = 'x'.repeat(43);
    secrets['revoked key'] = create('gone', 'admin');
    expect(runLedgerctl(['keys', 'revoke', 'gone'], { store: ledger.storeFile }).status).toBe(0);
    secrets.read = create('reader', 'read');
    secrets.write = create('writer', 'write');
    secrets.admin = ledger.adminKey;
  });

  afterAll(async () => {
    await ledger?.dispose();
  });

  it('answers each as documented: 401 with a Bearer challenge, 403, or through to the route', async () => {
    const document = (await request(ledger.baseUrl, 'GET', '/docs-json')).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const routes = Object.entries(document.paths).flatMap(([path, item]) => METHODS.filter((method) => item[method]).map((method) => ({ method, path })));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const mismatches: string[] = [];
    for (const { method, path } of routes) {
      const access = documentedAccess(method, path, readsNeedKey);
      for (const caller of CALLERS) {
        const { path: concrete, body, headers } = harmlessRequest(method, path);
        const secret = secrets[caller];
        const answer = await request(ledger.baseUrl, method.toUpperCase(), concrete, body, {
          ...headers,
          authorization: secret === undefined ? '' : `Bearer ${secret}`,
        });
        const expected = expectedOutcome(access, caller);
        const got = answer.status === 401 || answer.status === 403 ? answer.status : 'through';
        if (got !== expected)
          mismatches.push(`${method.toUpperCase()} ${path} by ${caller}: expected ${expected}, got ${answer.status} ${JSON.stringify(answer.body)}`);
        if (answer.status === 401 && answer.headers.get('www-authenticate')?.startsWith('Bearer') !== true)
          mismatches.push(`${method.toUpperCase()} ${path} by ${caller}: 401 without a Bearer challenge`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('declares in the document which routes need a key', async () => {
    const document = (await request(ledger.baseUrl, 'GET', '/docs-json')).body as {
      paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
    };
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of METHODS.filter((found) => item[found])) {
        const security = item[method].security;
        const access = documentedAccess(method, path, false);
        const keyOptional = security?.some((requirement) => Object.keys(requirement).length === 0);
        const keyAccepted = security?.some((requirement) => 'apiKey' in requirement);
        if (access === 'open' && path.startsWith('/health')) expect({ path, security }).toEqual({ path, security: [{}] });
        else if (path === '/v1/articles' || access === 'optional')
          expect({ path, keyOptional, keyAccepted }).toEqual({ path, keyOptional: true, keyAccepted: true });
        else expect({ path, method, keyOptional }).toEqual({ path, method, keyOptional: false });
      }
    }
  });
});

describe('the key that wrote an event', () => {
  let ledger: LedgerProcess;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
  });

  afterAll(async () => {
    await ledger?.dispose();
  });

  it("is named in the event's metadata, and its secret appears nowhere in the log", async () => {
    expect((await request(ledger.baseUrl, 'POST', '/v1/companies', COMPANY)).status).toBe(201);
    const writer = runLedgerctl(['keys', 'create', 'newsroom', '--scope', 'write'], { store: ledger.storeFile }).stdout.trim();
    const written = await request(ledger.baseUrl, 'POST', `/v1/companies/${COMPANY.companyId}/disclosures`, disclosure('BreachAnnounced'), {
      authorization: `Bearer ${writer}`,
    });
    expect(written.status).toBe(201);
    const read = runLedgerctl(['read', `company-${COMPANY.companyId}`, '--json'], { store: ledger.storeFile });
    expect(read.status).toBe(0);
    const events = read.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; metadata: Record<string, unknown> });
    expect(events.map((event) => [event.type, event.metadata.keyName])).toEqual([
      ['CompanyRegistered', 'admin'],
      ['BreachAnnounced', 'newsroom'],
    ]);
    expect(read.stdout).not.toContain(writer);
    expect(read.stdout).not.toContain(ledger.adminKey);
  });

  it("lets an article's dry run through without a key, and asks for one to commit it", async () => {
    const article = { text: 'CVS Group a annoncé lundi avoir été victime d’une cyberattaque.', publishedOn: '2024-04-29', companyId: COMPANY.companyId };
    expect((await request(ledger.baseUrl, 'POST', '/v1/articles', article, { authorization: '' })).status).toBe(200);
    const commit = await request(ledger.baseUrl, 'POST', '/v1/articles', { ...article, commit: true }, { authorization: '' });
    expect(commit.status).toBe(401);
    expect(commit.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('is refused once revoked by ledgerctl while the server runs', async () => {
    const secret = runLedgerctl(['keys', 'create', 'temporary', '--scope', 'write'], { store: ledger.storeFile }).stdout.trim();
    const company = { ...COMPANY, companyId: 'revoked-co' };
    expect((await request(ledger.baseUrl, 'POST', '/v1/companies', company, { authorization: `Bearer ${secret}` })).status).toBe(201);
    expect(runLedgerctl(['keys', 'revoke', 'temporary'], { store: ledger.storeFile }).status).toBe(0);
    // The server looks at the file at most every quarter second: wait until it has seen the change.
    let status = 0;
    for (let attempt = 0; attempt < 200 && status !== 401; attempt++) {
      status = (await request(ledger.baseUrl, 'GET', '/v1/companies', undefined, { authorization: `Bearer ${secret}` })).status;
      if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(status).toBe(401);
    const refused = await request(ledger.baseUrl, 'POST', `/v1/companies/revoked-co/disclosures`, disclosure('BreachAnnounced'), {
      authorization: `Bearer ${secret}`,
    });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toContain('revoked');
  });
});
