import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { COMPANY, SOURCE } from './fixtures/disclosures';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';

jest.setTimeout(120_000);

const CVS = `/v1/companies/${COMPANY.companyId}`;

/** The CVS Group incident as the seed article tells it, one step a day. */
const CVS_STEPS: [type: string, occurredAt: string, facts: Record<string, unknown>][] = [
  ['BreachAnnounced', '2024-04-29', { externalAccess: true, systemsAffected: 'limited number of IT systems' }],
  ['SystemsTakenOffline', '2024-04-30', { systems: 'IT systems' }],
  ['ExternalAdvisersEngaged', '2024-05-01', { advisers: 'specialist consultants' }],
  ['RegulatorNotified', '2024-05-02', { regulator: 'ICO' }],
  ['SystemsRestored', '2024-05-03', { partial: true, summary: 'some systems operate less efficiently' }],
  ['RegulatoryProbeOpened', '2024-05-04', { regulator: 'CMA', scope: 'UK veterinary services market', stage: 'provisional' }],
  ['SharePriceMoved', '2024-05-05', { direction: 'up', changePct: 2.3, price: 966, currency: 'GBX', venue: 'LSE' }],
];

describe('query API over HTTP (write and query in one process)', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;
  /** Instants (recording time) taken between the writes of the CVS steps: recordedBetween[i] is after step i-1. */
  const recordedBetween: string[] = [];
  const ids: string[] = [];
  let lastPosition = '';

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    http = client(ledger.baseUrl);
    expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
    for (const [type, occurredAt, facts] of CVS_STEPS) {
      await sleep(5);
      recordedBetween.push(new Date().toISOString());
      await sleep(5);
      const written = await http.post(`${CVS}/disclosures`, { type, occurredAt, source: SOURCE, facts });
      expect(written.status).toBe(201);
      ids.push(written.body.disclosures[0].disclosureId);
      lastPosition = written.body.position;
    }
  });
  afterAll(() => ledger.dispose());

  it('shows the CVS Group sequence in the status, read after the write', async () => {
    const status = await http.get(`${CVS}?minPosition=${lastPosition}`);
    expect(status.status).toBe(200);
    expect(status.headers.get('ledger-position')).toBe(lastPosition);
    expect(status.body).toMatchObject({
      companyId: 'cvs-group',
      name: 'CVS Group plc',
      aliases: ['CVS', 'CVS Group'],
      identifiers: { isin: 'GB00B2863827', tickers: [{ symbol: 'CVSG', venue: 'AIM' }] },
      incident: {
        state: 'restored-degraded',
        externalAccess: true,
        milestones: {
          announced: '2024-04-29',
          offline: '2024-04-30',
          advisersEngaged: '2024-05-01',
          regulatorsNotified: [{ regulator: 'ICO', at: '2024-05-02' }],
          restored: '2024-05-03',
        },
      },
      probes: [{ regulator: 'CMA', scope: 'UK veterinary services market', stage: 'provisional', status: 'open', since: '2024-05-04' }],
      sharePrice: { price: 966, currency: 'GBX', changePct: 2.3, direction: 'up', venue: 'LSE', at: '2024-05-05' },
      firstDisclosureAt: '2024-04-29',
      lastDisclosureAt: '2024-05-05',
      revision: 7,
    });
    expect(status.body.counts).toMatchObject({ BreachAnnounced: 1, SharePriceMoved: 1, RegulatoryProbeOpened: 1 });
  });

  it('answers as of instants between the events, in business time and in recording time', async () => {
    const expected = [
      'none',
      'breach-open',
      'systems-offline',
      'systems-offline',
      'systems-offline',
      'restored-degraded',
      'restored-degraded',
      'restored-degraded',
    ];
    const businessInstants = ['2024-04-28T12:00:00Z', ...CVS_STEPS.map(([, day]) => `${day}T12:00:00Z`)];
    const recordingInstants = [...recordedBetween, new Date().toISOString()];
    for (const [basis, instants] of [
      ['occurred', businessInstants],
      ['recorded', recordingInstants],
    ] as const) {
      const states = [];
      for (const instant of instants) {
        const answer = await http.get(`${CVS}/state?asOf=${encodeURIComponent(instant)}&basis=${basis}`);
        expect(answer.status).toBe(200);
        states.push(answer.body.incident.state);
      }
      expect({ basis, states }).toEqual({ basis, states: expected });
    }
    const beforeProbe = await http.get(`${CVS}/state?asOf=2024-05-03T23:00:00Z`);
    expect(beforeProbe.body).toMatchObject({ probes: [], sharePrice: null, revision: 5, basis: 'occurred' });
    const latest = await http.get(`${CVS}/state?basis=recorded`);
    const { asOf: _asOf, basis: _basis, ...asOfStatus } = latest.body;
    expect(asOfStatus).toEqual((await http.get(CVS)).body);
  });

  it('shows corrections and retractions in the timeline and the status', async () => {
    const corrected = await http.post(`${CVS}/disclosures/${ids[6]}/corrections`, { facts: { price: 968 }, reason: 'closing price' });
    expect(corrected.status).toBe(201);
    const retracted = await http.post(`${CVS}/disclosures/${ids[5]}/retraction`, { reason: 'not about this company' });
    expect(retracted.status).toBe(201);

    const status = await http.get(`${CVS}?minPosition=${retracted.body.position}`);
    expect(status.body.sharePrice).toMatchObject({ price: 968, changePct: 2.3 });
    expect(status.body.probes).toEqual([]);
    expect(status.body.revision).toBe(9);

    const timeline = await http.get(`${CVS}/disclosures?limit=500`);
    const byId = new Map(timeline.body.disclosures.map((d: { disclosureId: string }) => [d.disclosureId, d]));
    expect(byId.get(ids[6])).toMatchObject({
      facts: { price: 968 },
      original: { facts: { price: 966 } },
      corrections: [{ reason: 'closing price', facts: { price: 968 } }],
      retracted: false,
    });
    expect(byId.get(ids[5])).toMatchObject({ retracted: true, retraction: { reason: 'not about this company' } });
    expect((await http.get('/v1/probes?regulator=CMA')).body.probes).toEqual([]);
  });

  it('pages through 1,234 disclosures while more are appended, each exactly once', async () => {
    const companyId = 'paging-co';
    expect((await http.post('/v1/companies', { companyId, name: 'Paging Co plc' })).status).toBe(201);
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString();
    const batch = (from: number, count: number) => ({
      disclosures: Array.from({ length: count }, (_, k) => ({
        type: 'OtherDisclosure',
        occurredAt: day(from + k),
        source: SOURCE,
        facts: { summary: `item ${from + k}` },
      })),
    });
    let position = '';
    for (let from = 0; from < 1234; from += 500) {
      const written = await http.post(`/v1/companies/${companyId}/disclosures`, batch(from, Math.min(500, 1234 - from)));
      position = written.body.position;
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let appended = 0;
    do {
      const page: { status: number; body: { disclosures: { facts: { summary: string } }[]; next: string | null } } = await http.get(
        `/v1/companies/${companyId}/disclosures?limit=100&minPosition=${position}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.disclosures.map((d) => d.facts.summary));
      cursor = page.body.next;
      // New disclosures arrive between pages: some later than every page, some in the past.
      const late = await http.post(`/v1/companies/${companyId}/disclosures`, {
        type: 'OtherDisclosure',
        occurredAt: day(appended % 2 === 0 ? 5000 + appended : -1 - appended),
        source: SOURCE,
        facts: { summary: `new ${appended}` },
      });
      position = late.body.position;
      appended++;
    } while (cursor !== null);
    const original = seen.filter((summary) => summary.startsWith('item '));
    expect(original).toHaveLength(1234);
    expect(new Set(seen).size).toBe(seen.length);
    expect(original).toEqual(Array.from({ length: 1234 }, (_, k) => `item ${k}`));
  });

  it('searches companies by name, alias, ticker or identifier, and lists open incidents', async () => {
    for (const q of ['cvs group', 'CVSG', 'gb00b2863827']) {
      const found = await http.get(`/v1/companies?q=${encodeURIComponent(q)}`);
      expect({ q, ids: found.body.companies.map((c: { companyId: string }) => c.companyId) }).toEqual({ q, ids: ['cvs-group'] });
    }
    const open = await http.get('/v1/companies?incident=open');
    expect(open.body.companies.map((c: { companyId: string }) => c.companyId)).toEqual(['cvs-group']);
  });

  it('filters disclosures across companies by type, date and regulator', async () => {
    const notified = await http.get('/v1/disclosures?regulator=ICO');
    expect(notified.body.disclosures).toEqual([expect.objectContaining({ type: 'RegulatorNotified', companyId: 'cvs-group' })]);
    const breaches = await http.get('/v1/disclosures?type=BreachAnnounced,SystemsTakenOffline&from=2024-04-30&to=2024-04-30');
    expect(breaches.body.disclosures.map((d: { type: string }) => d.type)).toEqual(['SystemsTakenOffline']);
  });

  it('answers 404 for an unknown company and 400 problem+json for bad parameters', async () => {
    for (const path of ['/v1/companies/no-such-co', '/v1/companies/no-such-co/disclosures', '/v1/companies/no-such-co/state']) {
      const answer = await http.get(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
    }
    const bad = await http.get(`${CVS}/disclosures?limit=501&order=sideways&type=Nope&from=yesterday&cursor=abc`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['cursor', 'from', 'limit', 'order', 'type']);
    expect((await http.get(`${CVS}/state?asOf=tomorrow`)).status).toBe(400);
    expect((await http.get(`${CVS}?minPosition=latest`)).status).toBe(400);
  });

  it('answers 503 with Retry-After when the read model cannot reach minPosition within 2 s', async () => {
    const answer = await http.get(`${CVS}?minPosition=999999999`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
  });
});

describe('query service alone (npm run start:query) beside a writer', () => {
  it('projects the same log into its own read store', async () => {
    const writer = await LedgerProcess.start();
    const reader = await LedgerProcess.start({ app: 'query-api', env: { LEDGER_STORE: writer.storeFile } });
    try {
      const written = await client(writer.baseUrl).post('/v1/companies', { ...COMPANY, companyId: `solo-${randomUUID().slice(0, 8)}` });
      expect(written.status).toBe(201);
      const read = await client(reader.baseUrl).get(`/v1/companies/${written.body.companyId}?minPosition=${written.body.position}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ companyId: written.body.companyId, name: 'CVS Group plc', registered: true });
      expect(reader.output).toContain('query-api listening');
    } finally {
      await reader.dispose();
      await writer.dispose();
    }
  });
});
