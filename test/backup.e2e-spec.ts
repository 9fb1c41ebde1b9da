import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { withSqlite } from './support/audit-ledger';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';
import { runLedgerctlAsync } from './support/run-ledgerctl-async';

jest.setTimeout(120_000);

const WRITERS = 8;

describe('ledgerctl backup and restore', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;
  const path = `/v1/companies/${COMPANY.companyId}/disclosures`;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ app: 'ledger-api' });
    http = client(ledger.baseUrl);
    expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
  });
  afterAll(() => ledger.dispose());

  const file = (name: string) => join(ledger.dataDir, name);
  const idsIn = (store: string): Set<string> =>
    new Set(
      runLedgerctl(['read', `company-${COMPANY.companyId}`, '--json'], { store })
        .stdout.trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    );

  it('copies a store under a write load: the copy holds every disclosure acknowledged before it began, restores, and audits intact', async () => {
    const acknowledged: { id: string; at: number }[] = [];
    const refused: number[] = [];
    let writing = true;
    const writer = async () => {
      while (writing && refused.length === 0) {
        const id = randomUUID();
        const response = await http.post(path, disclosure('OtherDisclosure', { disclosureId: id, facts: { summary: `note ${id}` } }));
        if (response.status === 201) acknowledged.push({ id, at: Date.now() });
        else refused.push(response.status);
      }
    };
    const load = Array.from({ length: WRITERS }, writer);
    const deadline = Date.now() + 30_000;
    while (acknowledged.length < 200 && refused.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));

    const began = Date.now();
    const backup = await runLedgerctlAsync(['backup', file('backup.db'), '--json', '--save-tips', file('backup.tips.json')], { store: ledger.storeFile });
    const writtenDuringBackup = acknowledged.filter(({ at }) => at > began).length;
    writing = false;
    await Promise.all(load);

    expect(refused).toEqual([]);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    const report = JSON.parse(backup.stdout);
    expect(report).toMatchObject({ ok: true, broken: null, backup: file('backup.db') });
    expect(Number(report.head)).toBeGreaterThanOrEqual(Number(report.headBefore));
    expect(writtenDuringBackup).toBeGreaterThan(0);

    const restored = runLedgerctl(['restore', file('backup.db'), '--against', file('backup.tips.json'), '--json'], { store: file('restored/ledger.db') });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: file('restored/ledger.db'), events: report.events, head: report.head });

    const audit = runLedgerctl(['audit', 'chain', '--json'], { store: file('restored/ledger.db') });
    expect(audit.status).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({ ok: true, events: report.events });
    const inCopy = idsIn(file('restored/ledger.db'));
    const acknowledgedBefore = acknowledged.filter(({ at }) => at <= began);
    expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(200);
    expect(acknowledgedBefore.filter(({ id }) => !inCopy.has(id))).toEqual([]);
  });

  it('never writes over an existing file, and says so', () => {
    writeFileSync(file('taken.db'), 'keep me');
    const backup = runLedgerctl(['backup', file('taken.db')], { store: ledger.storeFile });
    expect(backup.status).toBe(2);
    expect(backup.stderr).toContain('already exists');
    const restore = runLedgerctl(['restore', file('backup.db')], { store: file('taken.db') });
    expect(restore.status).toBe(2);
    expect(readFileSync(file('taken.db'), 'utf8')).toBe('keep me');
  });

  it('refuses to restore a copy whose chain is broken, and installs nothing', () => {
    copyFileSync(file('backup.db'), file('altered.db'));
    withSqlite(file('altered.db'), (db) => db.prepare("UPDATE events SET data = replace(data, '\"note ', '\"Note ') WHERE position = 10").run());
    const restore = runLedgerctl(['restore', file('altered.db')], { store: file('from-altered.db') });
    expect(restore.status).toBe(1);
    expect(restore.stderr).toMatch(/chain is broken at company-cvs-group revision \d+ \(hash-mismatch\)/);
    expect(existsSync(file('from-altered.db'))).toBe(false);
  });

  it('sends an EventStoreDB server to its own tools, a missing store gets one line, and a missing folder is made', () => {
    const esdb = runLedgerctl(['backup', file('x.db'), '--store', 'esdb://127.0.0.1:2113?tls=false'], { store: ledger.storeFile });
    expect(esdb.status).toBe(2);
    expect(esdb.stderr).toContain('EventStoreDB server');
    const missing = runLedgerctl(['backup', file('y.db')], { store: file('nothing-here.db') });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no ledger store');
    const newFolder = runLedgerctl(['backup', file('new/folder/z.db')], { store: ledger.storeFile });
    expect(newFolder.stderr).toBe('');
    expect(newFolder.status).toBe(0);
    expect(existsSync(file('new/folder/z.db'))).toBe(true);
  });
});
