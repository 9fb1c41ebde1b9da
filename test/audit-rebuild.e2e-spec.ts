import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeReadStoreFile } from '@ledger/projections';
import { withSqlite, writeLedgerFile } from './support/audit-ledger';
import { runCatchUp } from './support/catch-up-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

const SHAPE = { companies: 200, disclosures: 20_000, eventsPerAppend: 100 };

describe('ledgerctl projections rebuild and verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-audit-'));
  const store = join(dir, 'ledger.db');
  const location = join(dir, 'read.db');
  let events = 0;
  const cli = (...args: string[]) => runLedgerctl([...args, '--read-store', location], { store });
  const json = (run: { stdout: string }) => JSON.parse(run.stdout);

  beforeAll(async () => {
    events = await writeLedgerFile(store, SHAPE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives identical digests whatever the batch size', () => {
    const digests = [7, 1_000, 50_000].map((size) => {
      const run = cli('projections', 'rebuild', '--until', String(events), '--output', join(dir, `copy-${size}.db`), '--batch-size', String(size), '--json');
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
      expect(json(run)).toMatchObject({ events, position: String(events), swapped: false });
      return json(run).digests;
    });
    expect(digests[0].tables.disclosures.rows).toBe(SHAPE.disclosures);
    expect(digests[1]).toEqual(digests[0]);
    expect(digests[2]).toEqual(digests[0]);
  });

  it('builds a point-in-time copy of what was recorded up to an instant', () => {
    const run = cli('projections', 'rebuild', '--until', '2015-01-10T23:59:59Z', '--output', join(dir, 'as-of.db'), '--json');
    expect(run.status).toBe(0);
    // The generator records a company's n-th disclosure on day n from 2015-01-01: ten days of each company.
    expect(json(run).digests.tables.disclosures.rows).toBe(SHAPE.companies * 10);
    expect(json(run).digests.tables.companies.rows).toBe(SHAPE.companies);
    // Its checkpoint is the last event built in, not the last one read and left out.
    const lastIncluded = withSqlite(store, (db) =>
      db.prepare("SELECT max(position) FROM events WHERE json_extract(metadata, '$.recordedAt') <= '2015-01-10T23:59:59Z'").pluck().get(),
    );
    expect(json(run).position).toBe(String(lastIncluded));
    expect(Number(json(run).position)).toBeLessThan(events);
    expect(readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('never builds a copy over an existing file, nor past the end of the log, nor up to an impossible date', () => {
    const storeBefore = statSync(store);
    for (const [until, output, error] of [
      ['5', store, 'already exists'],
      ['5', dir, 'already exists'],
      ['5', join(dir, 'no-such-folder', 'copy.db'), 'does not exist'],
      [String(events + 1), join(dir, 'beyond.db'), 'beyond the end of the log'],
      ['2015-02-30', join(dir, 'feb-30.db'), '--until must be'],
      ['2015-01-10T12:00:00', join(dir, 'no-zone.db'), '--until must be'],
    ]) {
      const run = cli('projections', 'rebuild', '--until', until, '--output', output);
      expect({ until, output, status: run.status, stderr: run.stderr }).toEqual({ until, output, status: 2, stderr: expect.stringContaining(error) });
    }
    expect(statSync(store)).toMatchObject({ size: storeBefore.size, mtimeMs: storeBefore.mtimeMs });
    expect(['beyond.db', 'feb-30.db', 'no-zone.db'].filter((name) => existsSync(join(dir, name)))).toEqual([]);
  });

  it('finds the live read model equal to the log, then names the companies whose rows were altered', async () => {
    expect((await runCatchUp({ LEDGER_STORE: store, LEDGER_READ_STORE: location })).code).toBe(0);
    const equal = cli('projections', 'verify', '--json');
    expect(equal.status).toBe(0);
    expect(json(equal)).toMatchObject({ equal: true, position: String(events), logHead: String(events), eventsReplayed: events, differences: { total: 0 } });
    expect(json(equal).digests.live).toEqual(json(equal).digests.rebuilt);

    withSqlite(location, (db) => {
      db.prepare("UPDATE companies SET name = 'Tampered plc' WHERE company_id = 'listed-co-00007'").run();
      db.prepare("DELETE FROM disclosures WHERE company_id = 'listed-co-00011' AND revision = 3").run();
    });
    const different = cli('projections', 'verify', '--json');
    expect(different.status).toBe(1);
    const report = json(different);
    expect(report.equal).toBe(false);
    expect(report.digests.live.tables.probes).toEqual(report.digests.rebuilt.tables.probes);
    const byCompany = Object.fromEntries(
      report.differences.byCompany.map((company: { companyId: string; rows: { kind: string; table: string }[] }) => [
        company.companyId,
        company.rows.map((row) => `${row.kind} ${row.table}`),
      ]),
    );
    expect(byCompany).toEqual({ 'listed-co-00007': ['changed companies'], 'listed-co-00011': ['missing disclosures'] });
    expect(cli('projections', 'verify').stdout).toContain('listed-co-00011');
  });

  it('swaps a full rebuild in at the read store location, which then verifies equal', () => {
    const run = cli('projections', 'rebuild', '--batch-size', '2500', '--json');
    expect(run.status).toBe(0);
    expect(json(run)).toMatchObject({ events, swapped: true });
    expect(activeReadStoreFile(location)).toBe(json(run).file);
    expect(cli('projections', 'verify').status).toBe(0);
    expect(cli('projections', 'status').stdout).toContain(`checkpoint ${events}`);
  });
});
