import { COMPANY, disclosure } from './fixtures/disclosures';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';

jest.setTimeout(60_000);

// Nothing listens on port 1 of the loopback: every store call is refused, as during an outage.
const UNREACHABLE_STORE = 'esdb://127.0.0.1:1?tls=false';

describe('the ledger while its store is unreachable', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ env: { LEDGER_STORE: UNREACHABLE_STORE } });
    http = client(ledger.baseUrl);
  });
  afterAll(() => ledger.dispose());

  it('still starts, and says which store it is waiting for', async () => {
    expect(ledger.output).toContain('EventStoreDB esdb://127.0.0.1:1');
    expect((await http.get('/health/live')).status).toBe(200);
  });

  it('answers writes with 503 and Retry-After, never with a conflict', async () => {
    for (const [path, body] of [
      ['/v1/companies', COMPANY],
      [`/v1/companies/${COMPANY.companyId}/disclosures`, disclosure('OtherDisclosure')],
    ] as const) {
      const response = await http.post(path, body);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status: 503, type: expect.stringMatching(/store-unavailable$/) });
      // In the ledger's words: no address, no transport or gRPC text.
      expect(response.body.detail).toMatch(/event store cannot be reached.*retry/i);
      expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|UNAVAILABLE|gRPC|ECONNREFUSED|Resolution note/);
    }
  });

  it('still rejects invalid input with 400 before touching the store', async () => {
    const response = await http.post(
      `/v1/companies/${COMPANY.companyId}/disclosures`,
      disclosure('SharePriceMoved', { facts: { direction: 'up', price: -1 } }),
    );
    expect(response.status).toBe(400);
  });
});
