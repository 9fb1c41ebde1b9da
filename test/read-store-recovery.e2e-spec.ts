import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { writeLedgerFile } from './support/audit-ledger';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { readyUntil } from './support/readiness';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(300_000);

/** Garbage over the read store's pages: only SQLite's 16-byte magic is left of its header. */
function damage(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, randomBytes(64 * 1024), 0, 64 * 1024, 16);
  } finally {
    closeSync(fd);
  }
}

function removeWithItsLog(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

describe('a damaged or missing read store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-read-store-'));
  const store = join(dir, 'ledger.db');
  let ledger: LedgerProcess;
  let readStore: string;
  let written = 0;

  beforeAll(async () => {
    // A log long enough that the read model takes a while to be built again.
    await writeLedgerFile(store, { companies: 50, disclosures: 20_000, eventsPerAppend: 100 });
    ledger = await LedgerProcess.start({ env: { LEDGER_STORE: store } });
    readStore = join(ledger.dataDir, 'data/read.db');
    await readyUntil(ledger.baseUrl, (answer) => answer.status === 200, 120_000);
    expect((await client(ledger.baseUrl).post('/v1/companies', COMPANY)).status).toBe(201);
  });
  afterAll(async () => {
    await ledger.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Starts the ledger on the read store as `spoil` left it; writes at once, then waits for the queries to
   * catch up. Resolves with what that start printed.
   */
  async function restartAfter(spoil: () => void): Promise<string> {
    expect(await ledger.stop()).toBe(0);
    spoil();
    await ledger.boot();
    const started = ledger.output;
    const http = client(ledger.baseUrl);
    // The write side answers at once, the read model being built again meanwhile.
    const write = await http.post(
      `/v1/companies/${COMPANY.companyId}/disclosures`,
      disclosure('OtherDisclosure', { facts: { summary: `written after restart ${++written}` } }),
    );
    expect(write.status).toBe(201);
    await readyUntil(ledger.baseUrl, (answer) => answer.status === 200 && answer.body.checks[1].lag === 0, 120_000);
    const status = await http.get(`/v1/companies/${COMPANY.companyId}?minPosition=${write.body.position}`);
    expect(status.status).toBe(200);
    const timeline = await http.get(`/v1/companies/${COMPANY.companyId}/disclosures?limit=50`);
    expect(timeline.body.disclosures.filter((item: { facts?: { summary?: string } }) => /^written after restart/.test(item.facts?.summary ?? ''))).toHaveLength(
      written,
    );
    // Proven equal to a rebuild from the log, table by table.
    expect(await ledger.stop()).toBe(0);
    const verify = runLedgerctl(['projections', 'verify', '--read-store', readStore, '--json'], { store });
    expect(verify.status).toBe(0);
    await ledger.boot();
    return started;
  }

  it('garbage over its pages: it is set aside, said so, and built again from the log', async () => {
    expect(await restartAfter(() => damage(readStore))).toMatch(/LEDGER_READ_STORE: the read store was damaged: set aside as .*read\.db\.damaged-/);
    expect(readdirSync(join(ledger.dataDir, 'data')).some((name) => /^read\.db\.damaged-.*Z$/.test(name))).toBe(true);
  });

  it('missing: it is built again from the log', async () => {
    await restartAfter(() => removeWithItsLog(readStore));
    expect(existsSync(readStore)).toBe(true);
  });
});
