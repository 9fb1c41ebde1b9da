import { COMPANY, disclosure } from './fixtures/disclosures';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { waitUntil } from './support/live-streams';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

/** The JSON log lines the server printed so far. */
function logLines(ledger: LedgerProcess): Record<string, unknown>[] {
  return ledger.output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('request ids and the JSON log', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    http = client(ledger.baseUrl);
  });
  afterAll(() => ledger.dispose());

  it("takes a sane X-Request-Id, echoes it, logs the answer under it and keeps it as each written event's correlationId", async () => {
    expect((await http.post('/v1/companies', COMPANY, { 'x-request-id': 'register-7f3a' })).headers.get('x-request-id')).toBe('register-7f3a');
    const written = await http.post(
      `/v1/companies/${COMPANY.companyId}/disclosures`,
      { disclosures: [disclosure('BreachAnnounced'), disclosure('SystemsTakenOffline')] },
      { 'x-request-id': 'batch.42:b' },
    );
    expect(written.status).toBe(201);
    expect(written.headers.get('x-request-id')).toBe('batch.42:b');

    const read = runLedgerctl(['read', `company-${COMPANY.companyId}`, '--json'], { store: ledger.storeFile });
    expect(read.status).toBe(0);
    const correlations = read.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).metadata.correlationId);
    expect(correlations).toEqual(['register-7f3a', 'batch.42:b', 'batch.42:b']);

    await waitUntil(
      () => logLines(ledger).some((line) => line.reqId === 'batch.42:b'),
      5_000,
      () => `a log line of batch.42:b in:\n${ledger.output}`,
    );
    expect(logLines(ledger).find((line) => line.reqId === 'batch.42:b')).toMatchObject({
      level: 30,
      msg: 'request answered',
      method: 'POST',
      route: '/v1/companies/:companyId/disclosures',
      status: 201,
      ms: expect.any(Number),
    });
  });

  it.each([
    ['missing', undefined],
    ['too long', 'x'.repeat(129)],
    ['with spaces or quotes', 'a b"c'],
  ])('generates a UUID when X-Request-Id is %s', async (_case, given) => {
    const response = await http.get('/health/live', given === undefined ? {} : { 'x-request-id': given });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives each request its own id, also on an error answer', async () => {
    const [first, second] = [await http.get('/v1/companies/no-such-company'), await http.get('/v1/companies/no-such-company')];
    expect(first.status).toBe(404);
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });
});

describe('LOG_LEVEL', () => {
  it('warn keeps the answers of requests out of the log', async () => {
    const quiet = await LedgerProcess.start({ env: { LOG_LEVEL: 'warn' } });
    try {
      await client(quiet.baseUrl).get('/health/live', { 'x-request-id': 'quiet-1' });
      const loud = await LedgerProcess.start({ env: { LOG_LEVEL: 'info' } });
      try {
        await client(loud.baseUrl).get('/health/live', { 'x-request-id': 'loud-1' });
        await waitUntil(
          () => logLines(loud).some((line) => line.reqId === 'loud-1'),
          5_000,
          () => 'the info line',
        );
      } finally {
        await loud.dispose();
      }
      expect(logLines(quiet).some((line) => line.reqId === 'quiet-1')).toBe(false);
    } finally {
      await quiet.dispose();
    }
  });
});
