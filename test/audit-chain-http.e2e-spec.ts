import { ARTICLE_COMPANY } from './fixtures/articles';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { withSqlite } from './support/audit-ledger';
import { client, request } from './support/http';
import { LedgerProcess } from './support/ledger-process';

jest.setTimeout(60_000);

const AUDIT = '/v1/admin/audit/chain';
const STREAM = 'company-cvs-group';

describe('POST /v1/admin/audit/chain', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;
  let breachRevision = 0;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    http = client(ledger.baseUrl);
    expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
    expect((await http.post('/v1/companies', ARTICLE_COMPANY)).status).toBe(201);
    const written = await http.post('/v1/companies/cvs-group/disclosures', {
      disclosures: [
        disclosure('RegulatoryProbeOpened'),
        disclosure('BreachAnnounced', { evidence: [{ quote: 'unauthorised external access' }] }),
        disclosure('SystemsTakenOffline'),
      ],
    });
    expect(written.status).toBe(201);
    breachRevision = written.body.disclosures[1].revision;
  });

  afterAll(() => ledger?.dispose());

  it('finds every company chain intact, or one company alone, where the log stood', async () => {
    const whole = await http.post(AUDIT, {});
    expect(whole.status).toBe(200);
    expect(whole.body).toMatchObject({ ok: true, streams: 2, events: 5, broken: [], scope: 'company-*', head: expect.any(String) });
    expect(typeof whole.body.durationMs).toBe('number');

    const noBody = await http.post(AUDIT, undefined);
    expect(noBody.body).toMatchObject({ ok: true, streams: 2, events: 5 });

    const one = await http.post(AUDIT, { companyId: 'cvs-group' });
    expect(one.body).toMatchObject({ ok: true, streams: 1, events: 4, broken: [], scope: STREAM });
  });

  it('refuses a bad body naming the field, and an unknown company', async () => {
    for (const [body, path] of [
      [{ companyId: 42 }, 'companyId'],
      [{ companyId: 'Not An Id' }, 'companyId'],
      [{ company: 'cvs-group' }, 'company'],
      [['cvs-group'], ''],
    ] as const) {
      const refused = await http.post(AUDIT, body);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.errors).toEqual([expect.objectContaining({ path })]);
    }
    const unknown = await http.post(AUDIT, { companyId: 'no-such-company' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('no-such-company');
  });

  it('answers the methods it does not serve with 405 and Allow', async () => {
    const answer = await request(ledger.baseUrl, 'DELETE', AUDIT);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('names the link of an event altered in the store file, for the whole log and for its company, and not for another', async () => {
    await ledger.stop();
    const changed = withSqlite(ledger.storeFile, (db) =>
      db.prepare("UPDATE events SET data = replace(data, 'unauthorised', 'authorized') WHERE stream_id = ? AND revision = ?").run(STREAM, breachRevision),
    );
    expect(changed.changes).toBe(1);
    await ledger.boot();
    http = client(ledger.baseUrl);

    for (const body of [{}, { companyId: 'cvs-group' }]) {
      const audit = await http.post(AUDIT, body);
      expect(audit.status).toBe(200);
      expect(audit.body.ok).toBe(false);
      expect(audit.body.broken).toEqual([
        expect.objectContaining({
          streamId: STREAM,
          revision: breachRevision,
          reason: 'hash-mismatch',
          expectedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          foundHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      ]);
    }
    const other = await http.post(AUDIT, { companyId: 'harbour-foods' });
    expect(other.body).toMatchObject({ ok: true, broken: [] });
  });
});
