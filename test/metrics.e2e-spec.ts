import { COMPANY, disclosure } from './fixtures/disclosures';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { sample, scrape, scrapeUntil } from './support/prometheus';
import { openSse } from './support/sse-client';

jest.setTimeout(90_000);

const DISCLOSURES_ROUTE = '/v1/companies/:companyId/disclosures';

describe('GET /metrics', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    http = client(ledger.baseUrl);
  });
  afterAll(() => ledger.dispose());

  it('is in the Prometheus text format, with the process figures', async () => {
    const response = await http.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = await scrape(ledger.baseUrl);
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(sample(samples, name)).toBeGreaterThan(0);
    }
  });

  it('counts requests and appends, and follows the projector and the live clients, as they happen', async () => {
    const before = await scrape(ledger.baseUrl);
    expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
    let position = '';
    for (const type of ['BreachAnnounced', 'SystemsTakenOffline', 'SharePriceMoved']) {
      const written = await http.post(`/v1/companies/${COMPANY.companyId}/disclosures`, disclosure(type));
      expect(written.status).toBe(201);
      position = written.body.position;
    }
    expect((await http.post(`/v1/companies/${COMPANY.companyId}/disclosures`, { type: 'Nonsense' })).status).toBe(400);
    const stream = await openSse(`${ledger.baseUrl}/v1/streams/all`, () => undefined);
    try {
      // The projector applies the writes in its own time: wait for it.
      const after = await scrapeUntil(ledger.baseUrl, (samples) => sample(samples, 'ledger_projector_position') === Number(position));
      const moved = (name: string, labels: Record<string, string> = {}) => (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);

      // Requests by route template (never the raw URL) and status, with their latency.
      expect(moved('ledger_http_requests_total', { method: 'POST', route: DISCLOSURES_ROUTE, status: '201' })).toBe(3);
      expect(moved('ledger_http_requests_total', { method: 'POST', route: DISCLOSURES_ROUTE, status: '400' })).toBe(1);
      expect(moved('ledger_http_request_duration_seconds_count', { method: 'POST', route: DISCLOSURES_ROUTE, status: '201' })).toBe(3);
      expect(moved('ledger_http_request_duration_seconds_sum', { method: 'POST', route: DISCLOSURES_ROUTE, status: '201' })).toBeGreaterThan(0);
      expect([...after.keys()].some((series) => series.includes(`/v1/companies/${COMPANY.companyId}`))).toBe(false);

      // Appends, their latency, and the writer's groups (the refused body never reached the store).
      expect(moved('ledger_appends_total', { outcome: 'ok' })).toBe(4);
      expect(moved('ledger_append_duration_seconds_count', { outcome: 'ok' })).toBe(4);
      expect(moved('ledger_append_group_members_total')).toBe(4);
      expect(moved('ledger_append_groups_total')).toBeGreaterThanOrEqual(1);
      expect(sample(after, 'ledger_append_group_size_max')).toBeGreaterThanOrEqual(1);

      // The head, the projector's position and its lag.
      expect(sample(after, 'ledger_store_head_position')).toBe(Number(position));
      expect(sample(after, 'ledger_projector_position')).toBe(Number(position));
      expect(sample(after, 'ledger_projector_lag_events')).toBe(0);

      expect(sample(after, 'ledger_live_clients')).toBe(1);
    } finally {
      stream.close();
    }
    await scrapeUntil(ledger.baseUrl, (samples) => sample(samples, 'ledger_live_clients') === 0);
  });

  it("shows a rebuild's progress", async () => {
    expect(sample(await scrape(ledger.baseUrl), 'ledger_rebuild_events')).toBe(0);
    expect((await http.post('/v1/admin/projections/company-status/rebuild', {})).status).toBe(202);
    const samples = await scrapeUntil(ledger.baseUrl, (scraped) => sample(scraped, 'ledger_rebuild_events')! > 0, 20_000);
    const head = sample(samples, 'ledger_store_head_position')!;
    expect(sample(samples, 'ledger_rebuild_events')).toBeGreaterThan(0);
    expect(sample(samples, 'ledger_rebuild_target_events')).toBe(head);
  });
});
