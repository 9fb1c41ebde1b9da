import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { HttpResponse, client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(180_000);

/** A store of 40 pages of 8 KiB fills after a few hundred disclosures, as a small disk would. */
const MAX_PAGES = '40';

/** Every event of the company's stream, as ledgerctl reads it from the file. */
function eventsOf(store: string): { id: string; data: { disclosureId?: string } }[] {
  const read = runLedgerctl(['read', `company-${COMPANY.companyId}`, '--json'], { store });
  expect(read.status).toBe(0);
  return read.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

function batch(n: number) {
  return {
    disclosures: [
      disclosure('OtherDisclosure', { facts: { summary: `first of batch ${n}` } }),
      disclosure('OtherDisclosure', { facts: { summary: `second of batch ${n}` } }),
    ],
  };
}

describe('the store running out of space (LEDGER_STORE_MAX_PAGES)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-full-'));
  const store = join(dir, 'ledger.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers writes 503 with nothing half-written; with space back, writes go on and every acknowledged one is there', async () => {
    const acknowledged: string[] = [];
    const record = async (http: ReturnType<typeof client>, n: number): Promise<HttpResponse> => {
      const response = await http.post(`/v1/companies/${COMPANY.companyId}/disclosures`, batch(n));
      if (response.status === 201) acknowledged.push(...response.body.disclosures.map((written: { disclosureId: string }) => written.disclosureId));
      return response;
    };

    const full = await LedgerProcess.start({ env: { LEDGER_STORE: store, LEDGER_STORE_MAX_PAGES: MAX_PAGES } });
    let refused: HttpResponse | undefined;
    try {
      const http = client(full.baseUrl);
      expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
      for (let n = 0; n < 2_000 && !refused; n++) {
        const response = await record(http, n);
        if (response.status !== 201) refused = response;
      }
      expect(refused?.status).toBe(503);
      expect(refused?.headers.get('content-type')).toContain('application/problem+json');
      expect(refused?.body).toMatchObject({ status: 503, type: expect.stringMatching(/store-unavailable$/) });
      expect(acknowledged.length).toBeGreaterThan(0);

      // Still full: every further write is refused whole, and nothing of it reaches the log.
      const before = eventsOf(store).length;
      for (let n = 0; n < 3; n++) expect((await record(http, 10_000 + n)).status).toBe(503);
      expect(eventsOf(store)).toHaveLength(before);
      // Reads go on.
      expect((await http.get(`/v1/companies/${COMPANY.companyId}`)).status).toBe(200);
    } finally {
      await full.dispose();
    }

    const roomy = await LedgerProcess.start({ env: { LEDGER_STORE: store } });
    try {
      const http = client(roomy.baseUrl);
      for (let n = 20_000; n < 20_003; n++) expect((await record(http, n)).status).toBe(201);
    } finally {
      await roomy.dispose();
    }

    const events = eventsOf(store);
    // The registration, then exactly the acknowledged disclosures: none lost, none half-written.
    expect(events).toHaveLength(1 + acknowledged.length);
    expect(events.slice(1).map((event) => event.data.disclosureId)).toEqual(acknowledged);
    const audit = runLedgerctl(['audit', 'chain', '--json'], { store });
    expect(audit.status).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({ ok: true, events: 1 + acknowledged.length, broken: null });
  });
});
