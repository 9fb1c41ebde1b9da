import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { COMPANY, SAMPLE_FACTS, disclosure } from './fixtures/disclosures';
import { client } from './support/http';
import { send } from './support/raw-http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

describe('write API over HTTP', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;
  const path = `/v1/companies/${COMPANY.companyId}/disclosures`;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    http = client(ledger.baseUrl);
  });
  afterAll(() => ledger.dispose());

  const revisionOf = async (): Promise<number> => {
    const events = runLedgerctl(['read', `company-${COMPANY.companyId}`, '--json'], { store: ledger.storeFile });
    return events.stdout.trim().split('\n').length - 1;
  };

  it('says where it listens and which store it uses', () => {
    expect(ledger.output).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(ledger.output).toContain(ledger.storeFile);
  });

  it('is live and serves its OpenAPI document built from the validating classes', async () => {
    expect((await http.get('/health/live')).status).toBe(200);
    const docs = await http.get('/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.components.schemas)).toEqual(
      expect.arrayContaining(['DisclosureEnvelope', 'SharePriceMovedFacts', 'CompanyRegistration', 'CorrectionInput', 'RetractionInput']),
    );
    const record = docs.body.paths['/v1/companies/{companyId}/disclosures'].post;
    for (const status of ['400', '404', '409', '412', '413', '415', '503']) {
      expect({ status, content: Object.keys(record.responses[status]?.content ?? {}) }).toEqual({ status, content: ['application/problem+json'] });
    }
    // Each type's facts are documented by the class that validates them.
    const oneDisclosure = JSON.stringify(record.requestBody.content['application/json'].schema);
    expect(oneDisclosure).toContain('"enum":["SharePriceMoved"]},"facts":{"$ref":"#/components/schemas/SharePriceMovedFacts"}');
    expect(Object.keys(docs.body.paths['/v1/companies/{companyId}'].get.responses).sort()).toEqual(['200', '400', '401', '404', '414', '429', '503']);
    expect((await http.get('/docs')).status).toBe(200);
  });

  it('registers a company once', async () => {
    const created = await http.post('/v1/companies', COMPANY);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ companyId: 'cvs-group', revision: 0, position: expect.any(String) });
    expect(created.headers.get('location')).toBe('/v1/companies/cvs-group');

    const again = await http.post('/v1/companies', COMPANY);
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
  });

  it('records every disclosure type, each at the next revision', async () => {
    let revision = await revisionOf();
    for (const type of Object.keys(SAMPLE_FACTS)) {
      const response = await http.post(path, disclosure(type));
      expect({ type, status: response.status }).toEqual({ type, status: 201 });
      revision += 1;
      expect(response.body.disclosures).toEqual([{ disclosureId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision }]);
      expect(response.headers.get('etag')).toBe(`"${revision}"`);
    }
    const stored = runLedgerctl(['read', 'company-cvs-group', '--json'], { store: ledger.storeFile })
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(stored.map((event: { type: string }) => event.type)).toEqual(['CompanyRegistered', ...Object.keys(SAMPLE_FACTS)]);
    expect(stored[stored.length - 1].data.facts).toEqual(SAMPLE_FACTS.OtherDisclosure);
  });

  it('records a batch atomically', async () => {
    const before = await revisionOf();
    const rejected = await http.post(path, {
      disclosures: [disclosure('OtherDisclosure'), disclosure('SharePriceMoved', { facts: { direction: 'sideways' } })],
    });
    expect(rejected.status).toBe(400);
    expect(rejected.body.errors).toEqual([expect.objectContaining({ path: 'disclosures[1].facts.direction' })]);
    expect(await revisionOf()).toBe(before);

    const accepted = await http.post(path, { disclosures: [disclosure('OtherDisclosure'), disclosure('GuidanceChanged')] });
    expect(accepted.status).toBe(201);
    expect(accepted.body.disclosures.map((d: { revision: number }) => d.revision)).toEqual([before + 1, before + 2]);
  });

  it('answers a retried disclosure with the original result and writes nothing', async () => {
    const body = disclosure('RegulatorNotified', { disclosureId: randomUUID() });
    const first = await http.post(path, body);
    expect(first.status).toBe(201);
    const retry = await http.post(path, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await revisionOf()).toBe(first.body.disclosures[0].revision);

    const changed = await http.post(path, { ...body, facts: { regulator: 'FCA' } });
    expect(changed.status).toBe(409);
    expect(await revisionOf()).toBe(first.body.disclosures[0].revision);
  });

  it("records a disclosureId already used by another company as that company's own disclosure", async () => {
    const body = disclosure('OtherDisclosure', { disclosureId: randomUUID() });
    const first = await http.post(path, body);
    expect(first.status).toBe(201);
    const other = { ...COMPANY, companyId: 'cvs-group-holdings', identifiers: undefined };
    expect((await http.post('/v1/companies', other)).status).toBe(201);
    const elsewhere = await http.post(`/v1/companies/${other.companyId}/disclosures`, body);
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.disclosures).toEqual([{ disclosureId: body.disclosureId, revision: 1 }]);
    const retry = await http.post(path, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
  });

  it('checks If-Match against the current revision', async () => {
    const current = await revisionOf();
    const stale = await http.post(path, disclosure('OtherDisclosure'), { 'if-match': `"${current - 1}"` });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, currentRevision: current, expectedRevision: current - 1 });
    const fresh = await http.post(path, disclosure('OtherDisclosure'), { 'if-match': `"${current}"` });
    expect(fresh.status).toBe(201);
    expect(fresh.body.disclosures[0].revision).toBe(current + 1);
    expect((await http.post(path, disclosure('OtherDisclosure'), { 'if-match': 'soon' })).status).toBe(400);
  });

  it('answers a retry that carries its original If-Match with the original result', async () => {
    const current = await revisionOf();
    const body = disclosure('OtherDisclosure', { disclosureId: randomUUID() });
    const first = await http.post(path, body, { 'if-match': `"${current}"` });
    expect(first.status).toBe(201);
    const retry = await http.post(path, body, { 'if-match': `"${current}"` });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const other = await http.post(path, disclosure('OtherDisclosure'), { 'if-match': `"${current}"` });
    expect(other.status).toBe(412);
  });

  it('answers 404 for an unknown company', async () => {
    const response = await http.post('/v1/companies/no-such-company/disclosures', disclosure('OtherDisclosure'));
    expect(response.status).toBe(404);
    expect(response.body.type).toMatch(/company-not-registered$/);
  });

  const malformed: [string, unknown, string?][] = [
    ['a JSON array', [], ''],
    ['a string', '"text"', ''],
    ['null', 'null', ''],
    ['a missing type', { source: { kind: 'news' }, facts: {} }, 'type'],
    ['an unknown type', disclosure('OtherDisclosure', { type: 'MergerAnnounced' }), 'type'],
    ['a type that is not a string', disclosure('OtherDisclosure', { type: 7 }), 'type'],
    ['a missing source', disclosure('OtherDisclosure', { source: undefined }), 'source'],
    ['an unknown source kind', disclosure('OtherDisclosure', { source: { kind: 'rumour' } }), 'source.kind'],
    ['an unknown top-level field', disclosure('OtherDisclosure', { severity: 'high' }), 'severity'],
    ['an unknown fact', disclosure('OtherDisclosure', { facts: { summary: 'x', mood: 'bad' } }), 'facts.mood'],
    ['missing facts', disclosure('OtherDisclosure', { facts: undefined }), 'facts'],
    ['an empty summary', disclosure('OtherDisclosure', { facts: { summary: '   ' } }), 'facts.summary'],
    ['a negative price', disclosure('SharePriceMoved', { facts: { direction: 'down', price: -5 } }), 'facts.price'],
    ['a price given as a string', disclosure('SharePriceMoved', { facts: { direction: 'down', price: '966' } }), 'facts.price'],
    ['a bad currency', disclosure('SharePriceMoved', { facts: { direction: 'up', currency: 'pence' } }), 'facts.currency'],
    ['an impossible date', disclosure('OtherDisclosure', { occurredAt: '2024-02-30' }), 'occurredAt'],
    ['a date-time without zone', disclosure('OtherDisclosure', { disclosedAt: '2024-04-29T07:00:00' }), 'disclosedAt'],
    ['a partial flag that is not boolean', disclosure('SystemsRestored', { facts: { partial: 'yes' } }), 'facts.partial'],
    ['an unknown probe stage', disclosure('RegulatoryProbeOpened', { facts: { regulator: 'CMA', scope: 'vets', stage: 'rumoured' } }), 'facts.stage'],
    ['a non-integer record count', disclosure('DataExposureConfirmed', { facts: { recordsAffected: 1.5 } }), 'facts.recordsAffected'],
    ['a bad disclosure id', disclosure('OtherDisclosure', { disclosureId: 'not-a-uuid' }), 'disclosureId'],
    ['an empty batch', { disclosures: [] }, 'disclosures'],
    ['evidence with a negative offset', disclosure('OtherDisclosure', { evidence: [{ quote: 'x', start: -1, end: 2 }] }), 'evidence[0].start'],
  ];

  it.each(malformed)('rejects %s with a problem document naming the field, and writes nothing', async (_, body, field) => {
    const before = await revisionOf();
    const response = await http.post(path, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, title: expect.any(String), type: expect.any(String) });
    if (field) expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(await revisionOf()).toBe(before);
  });

  it('lists the known types when the type is unknown', async () => {
    const response = await http.post(path, disclosure('OtherDisclosure', { type: 'MergerAnnounced' }));
    expect(response.body.errors[0].message).toContain('SharePriceMoved');
  });

  it('rejects malformed JSON, a wrong media type and a 2 MiB body', async () => {
    const before = await revisionOf();
    const broken = await http.post(path, '{"type": "OtherDisclosure",');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toContain('application/problem+json');
    const text = await http.post(path, 'hello', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const hugeBody = JSON.stringify(disclosure('OtherDisclosure', { facts: { summary: 'x'.repeat(2 * 1024 * 1024) } }));
    const huge = await send(ledger.baseUrl, 'POST', path, hugeBody, { 'content-type': 'application/json' });
    expect(huge.status).toBe(413);
    expect(huge.contentType).toContain('application/problem+json');
    expect(await revisionOf()).toBe(before);
  });

  it('gives the next valid disclosure exactly the next revision after rejections', async () => {
    const before = await revisionOf();
    const response = await http.post(path, disclosure('OtherDisclosure'));
    expect(response.body.disclosures[0].revision).toBe(before + 1);
  });

  it('records corrections and retractions of existing disclosures', async () => {
    const original = await http.post(path, disclosure('SharePriceMoved'));
    const id = original.body.disclosures[0].disclosureId;
    const corrected = await http.post(`${path}/${id}/corrections`, { facts: { price: 965.5 }, reason: 'price misread' });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toEqual({ disclosureId: expect.any(String), revision: original.body.disclosures[0].revision + 1, position: expect.any(String) });
    const invalid = await http.post(`${path}/${id}/corrections`, { facts: { price: -1 }, reason: 'typo' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { path: string }) => e.path)).toContain('facts.price');

    const retracted = await http.post(`${path}/${id}/retraction`, { reason: 'wrong company' });
    expect(retracted.status).toBe(201);
    expect((await http.post(`${path}/${id}/retraction`, { reason: 'again' })).status).toBe(409);
    expect((await http.post(`${path}/${randomUUID()}/corrections`, { occurredAt: '2024-04-28', reason: 'x' })).status).toBe(404);
    expect((await http.post(`${path}/${id}/retraction`, {})).status).toBe(400);
  });

  it('answers a correction or a retraction sent again with its own id as a retry: 200, nothing written', async () => {
    const original = await http.post(path, disclosure('SharePriceMoved'));
    const id = original.body.disclosures[0].disclosureId;
    const correction = { correctionId: randomUUID(), facts: { price: 964 }, reason: 'price misread' };
    const corrected = [await http.post(`${path}/${id}/corrections`, correction), await http.post(`${path}/${id}/corrections`, correction)];
    expect(corrected.map((answer) => answer.status)).toEqual([201, 200]);
    expect(corrected[1].body).toEqual(corrected[0].body);
    expect(corrected[0].body.disclosureId).toBe(correction.correctionId);
    expect((await http.post(`${path}/${id}/corrections`, { ...correction, reason: 'another reason' })).status).toBe(409);

    const retraction = { retractionId: randomUUID(), reason: 'wrong company' };
    const retracted = [await http.post(`${path}/${id}/retraction`, retraction), await http.post(`${path}/${id}/retraction`, retraction)];
    expect(retracted.map((answer) => answer.status)).toEqual([201, 200]);
    expect(retracted[1].body).toEqual(retracted[0].body);
    expect(await revisionOf()).toBe(corrected[0].body.revision + 1);
  });

  it('keeps everything acknowledged across a restart, even a killed process', async () => {
    const body = disclosure('OtherDisclosure', { disclosureId: randomUUID() });
    const acknowledged = await http.post(path, body);
    expect(acknowledged.status).toBe(201);
    await ledger.restart('SIGKILL');
    http = client(ledger.baseUrl);
    const retry = await http.post(path, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(acknowledged.body);
    const next = await http.post(path, disclosure('OtherDisclosure'));
    expect(next.body.disclosures[0].revision).toBe(acknowledged.body.disclosures[0].revision + 1);
  });

  it('rebuilds its decision index from the log when the index file is gone', async () => {
    const body = disclosure('SharePriceMoved', { disclosureId: randomUUID() });
    const acknowledged = await http.post(path, body);
    expect(acknowledged.status).toBe(201);
    const index = join(ledger.dataDir, 'ledger.decisions.db');
    expect(ledger.output).toContain(`decision index: SQLite ${index}`);
    await ledger.stop();
    for (const file of [index, `${index}-wal`, `${index}-shm`]) rmSync(file, { force: true });
    await ledger.boot();
    http = client(ledger.baseUrl);
    const retry = await http.post(path, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(acknowledged.body);
    const id = acknowledged.body.disclosures[0].disclosureId;
    expect((await http.post(`${path}/${id}/corrections`, { facts: { price: -1 }, reason: 'typo' })).status).toBe(400);
    expect((await http.post(`${path}/${id}/retraction`, { reason: 'wrong company' })).status).toBe(201);
  });
});
