import { join } from 'node:path';
import { LEDGER_PROJECTIONS } from '@ledger/projections';
import { COMPANY } from './fixtures/disclosures';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

describe('ledgerctl projections status', () => {
  let ledger: LedgerProcess;
  beforeAll(async () => {
    ledger = await LedgerProcess.start();
  });
  afterAll(() => ledger.dispose());

  it("prints each projection's version, checkpoint, the log's head and the lag", async () => {
    const http = client(ledger.baseUrl);
    const written = await http.post('/v1/companies', COMPANY);
    expect((await http.get(`/v1/companies/${COMPANY.companyId}?minPosition=${written.body.position}`)).status).toBe(200);

    const run = runLedgerctl(['projections', 'status', '--json', '--read-store', join(ledger.dataDir, 'data/read.db')], { store: ledger.storeFile });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const versions = new Map(LEDGER_PROJECTIONS.map((projection) => [projection.name, projection.version]));
    expect(lines).toEqual(
      ['company-status', 'company-timeline'].map((name) => ({
        name,
        version: versions.get(name),
        codeVersion: versions.get(name),
        checkpoint: written.body.position,
        head: written.body.position,
        lag: 0,
      })),
    );
    const text = runLedgerctl(['projections', 'status', '--read-store', join(ledger.dataDir, 'data/read.db')], { store: ledger.storeFile });
    expect(text.stdout).toContain(
      `company-status  v${versions.get('company-status')}  checkpoint ${written.body.position}  head ${written.body.position}  lag 0`,
    );
  });

  it('says when there is no read store', () => {
    const run = runLedgerctl(['projections', 'status', '--read-store', join(ledger.dataDir, 'missing.db')], { store: ledger.storeFile });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no read store');
  });
});
