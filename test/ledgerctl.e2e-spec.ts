import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

describe('ledgerctl append and read', () => {
  let dir: string;
  let store: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledgerctl-e2e-'));
    store = join(dir, 'nested', 'ledger.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('registers a company from standard input and appends disclosures from a file', () => {
    const registered = runLedgerctl(['register', '-'], { store, input: JSON.stringify(COMPANY) });
    expect(registered.status).toBe(0);
    expect(JSON.parse(registered.stdout)).toMatchObject({ companyId: 'cvs-group', revision: 0 });

    const file = join(dir, 'batch.json');
    writeFileSync(file, JSON.stringify({ disclosures: [disclosure('BreachAnnounced'), disclosure('SharePriceMoved')] }));
    const appended = runLedgerctl(['append', 'cvs-group', file], { store });
    expect(appended.status).toBe(0);
    expect(JSON.parse(appended.stdout).disclosures.map((d: { revision: number }) => d.revision)).toEqual([1, 2]);
  });

  it('reads the stream back, as text and as JSON lines', () => {
    const text = runLedgerctl(['read', 'company-cvs-group'], { store });
    expect(text.status).toBe(0);
    expect(
      text.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/)[2]),
    ).toEqual(['CompanyRegistered', 'BreachAnnounced', 'SharePriceMoved']);

    const json = runLedgerctl(['read', 'company-cvs-group', '--json', '--backwards', '--max', '1'], { store });
    const [last] = json.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(last).toMatchObject({ type: 'SharePriceMoved', revision: 2, data: { facts: { price: 966, currency: 'GBX' } } });
    expect(last.metadata).toMatchObject({ recordedBy: 'ledgerctl', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('rejects an invalid disclosure with exit 1, naming the field, and writes nothing', () => {
    const rejected = runLedgerctl(['append', 'cvs-group', '-'], {
      store,
      input: JSON.stringify(disclosure('SharePriceMoved', { facts: { direction: 'up', price: -1 } })),
    });
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain('facts.price');
    expect(runLedgerctl(['read', 'company-cvs-group', '--json'], { store }).stdout.trim().split('\n')).toHaveLength(3);
  });

  it('rejects unreadable input and bad usage with exit 2 and a message', () => {
    const notJson = runLedgerctl(['append', 'cvs-group', '-'], { store, input: '{"type":' });
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    const missing = runLedgerctl(['append', 'cvs-group', join(dir, 'absent.json')], { store });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    const badRevision = runLedgerctl(['append', 'cvs-group', '--expected-revision', 'x'], { store, input: '{}' });
    expect(badRevision.status).toBe(2);
  });

  it('refuses a stale expected revision', () => {
    const stale = runLedgerctl(['append', 'cvs-group', '-', '--expected-revision', '0'], { store, input: JSON.stringify(disclosure('OtherDisclosure')) });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('RevisionMismatch');
  });
});
