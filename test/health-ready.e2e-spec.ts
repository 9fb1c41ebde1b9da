import Database from 'better-sqlite3';
import { join } from 'node:path';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { readyAndLevel, readyUntil } from './support/readiness';

jest.setTimeout(90_000);

describe('GET /health/ready', () => {
  it('answers 200 listing its checks when the store answers and the read model is level with it', async () => {
    const ledger = await LedgerProcess.start();
    try {
      const http = client(ledger.baseUrl);
      expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
      const response = await readyUntil(ledger.baseUrl, readyAndLevel);
      expect(response.body).toEqual({
        status: 'ready',
        checks: [
          { name: 'store', ok: true, detail: expect.stringContaining('answers') },
          { name: 'read-model', ok: true, detail: expect.stringContaining('0 event(s) behind'), lag: 0 },
        ],
      });
      expect((await http.get('/health/live')).body).toEqual({ status: 'ok' });
    } finally {
      await ledger.dispose();
    }
  });

  it('checks only the store on the write API, which has no read model', async () => {
    const ledger = await LedgerProcess.start({ app: 'ledger-api' });
    try {
      const response = await client(ledger.baseUrl).get('/health/ready');
      expect(response.status).toBe(200);
      expect(response.body.checks.map((check: { name: string }) => check.name)).toEqual(['store']);
    } finally {
      await ledger.dispose();
    }
  });

  it('answers 503 naming the read model while it lags beyond READY_MAX_LAG_EVENTS, and 200 once it caught up', async () => {
    const ledger = await LedgerProcess.start({ env: { READY_MAX_LAG_EVENTS: '3' } });
    // Another connection holding the read store's write lock stalls the projector, as a slow disk would.
    const readStore = new Database(join(ledger.dataDir, 'data/read.db'));
    try {
      const http = client(ledger.baseUrl);
      expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
      await readyUntil(ledger.baseUrl, readyAndLevel);
      readStore.exec('BEGIN IMMEDIATE');
      for (let i = 0; i < 5; i++) expect((await http.post(`/v1/companies/${COMPANY.companyId}/disclosures`, disclosure('OtherDisclosure'))).status).toBe(201);

      const lagging = await http.get('/health/ready');
      expect(lagging.status).toBe(503);
      expect(lagging.headers.get('content-type')).toContain('application/problem+json');
      expect(lagging.body).toMatchObject({ status: 503, title: 'Not ready', detail: expect.stringMatching(/^read-model: 5 event\(s\) behind .*at most 3/) });
      expect(lagging.body.checks).toEqual([
        expect.objectContaining({ name: 'store', ok: true }),
        expect.objectContaining({ name: 'read-model', ok: false, lag: 5 }),
      ]);

      readStore.exec('ROLLBACK');
      const caughtUp = await readyUntil(ledger.baseUrl, readyAndLevel);
      expect(caughtUp.body.checks[1]).toMatchObject({ name: 'read-model', ok: true, lag: 0 });
    } finally {
      if (readStore.inTransaction) readStore.exec('ROLLBACK');
      readStore.close();
      await ledger.dispose();
    }
  });

  it('answers 503 naming the store when the store does not answer, while /health/live still answers 200', async () => {
    // Nothing listens on port 1 of the loopback: every store call is refused, as during an outage.
    const ledger = await LedgerProcess.start({ env: { LEDGER_STORE: 'esdb://127.0.0.1:1?tls=false' } });
    try {
      const http = client(ledger.baseUrl);
      const response = await http.get('/health/ready');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ status: 503, detail: expect.stringMatching(/^store: does not answer/) });
      expect(response.body.checks.map((check: { name: string; ok: boolean }) => [check.name, check.ok])).toEqual([
        ['store', false],
        ['read-model', false],
      ]);
      expect(JSON.stringify(response.body)).not.toContain('127.0.0.1');
      expect((await http.get('/health/live')).status).toBe(200);
    } finally {
      await ledger.dispose();
    }
  });
});
