import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { withSqlite } from './support/audit-ledger';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(300_000);

const stream = `company-${COMPANY.companyId}`;
const path = `/v1/companies/${COMPANY.companyId}/disclosures`;

describe('concurrent writers on one ledger-api', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ app: 'ledger-api' });
    http = client(ledger.baseUrl);
    expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
  });
  afterAll(() => ledger.dispose());

  const eventsWithId = (id: string): number =>
    withSqlite(ledger.storeFile, (db) => db.prepare('SELECT count(*) FROM events WHERE stream_id = ? AND event_id = ?').pluck().get(stream, id) as number);

  it('answers 500 identical requests sent at once with one 201 and 499 200s, and records one event', async () => {
    const body = disclosure('BreachAnnounced', { disclosureId: randomUUID() });
    const answers = await Promise.all(Array.from({ length: 500 }, () => http.post(path, body)));
    const statuses = answers.map((answer) => answer.status);
    expect({ created: statuses.filter((s) => s === 201).length, retried: statuses.filter((s) => s === 200).length }).toEqual({ created: 1, retried: 499 });
    const original = answers.find((answer) => answer.status === 201)!.body;
    expect(answers.every((answer) => JSON.stringify(answer.body) === JSON.stringify(original))).toBe(true);
    expect(eventsWithId(body.disclosureId as string)).toBe(1);
  });

  it('records exactly 1,000 events from 20 writers of 50 disclosures each, every write conditional on the revision, with an intact chain', async () => {
    const before = withSqlite(ledger.storeFile, (db) => db.prepare('SELECT count(*) FROM events WHERE stream_id = ?').pluck().get(stream) as number);
    let conflicts = 0;
    const writer = async (): Promise<string[]> => {
      const recorded: string[] = [];
      let revision = before - 1;
      while (recorded.length < 50) {
        const body = disclosure('OtherDisclosure', { disclosureId: randomUUID(), facts: { summary: `writer note ${recorded.length}` } });
        const answer = await http.post(path, body, { 'if-match': `"${revision}"` });
        if (answer.status === 412) {
          conflicts++;
          revision = answer.body.currentRevision;
          continue;
        }
        expect(answer.status).toBe(201);
        recorded.push(body.disclosureId as string);
        revision = Number(JSON.parse(answer.headers.get('etag') ?? '"-1"'));
      }
      return recorded;
    };
    const ids = (await Promise.all(Array.from({ length: 20 }, writer))).flat();

    expect(new Set(ids).size).toBe(1_000);
    const after = withSqlite(ledger.storeFile, (db) => db.prepare('SELECT count(*) FROM events WHERE stream_id = ?').pluck().get(stream) as number);
    expect(after - before).toBe(1_000);
    expect(conflicts).toBeGreaterThan(0);
    const audit = runLedgerctl(['audit', 'chain', '--company', COMPANY.companyId, '--json'], { store: ledger.storeFile });
    expect(audit.status).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({ ok: true, events: after });
  });
});

describe('a ledger killed under a 64-connection write load', () => {
  const RUNS = 10;
  const COMPANIES = 8;
  let ledger: LedgerProcess;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    const http = client(ledger.baseUrl);
    for (let c = 0; c < COMPANIES; c++)
      expect((await http.post('/v1/companies', { ...COMPANY, companyId: `killed-${c}`, identifiers: undefined })).status).toBe(201);
  });
  afterAll(() => ledger.dispose());

  it(`loses nothing acknowledged, and the chain and the read model check out after each of ${RUNS} kills`, async () => {
    const acknowledged = new Set<string>();
    for (let run = 1; run <= RUNS; run++) {
      const http = client(ledger.baseUrl);
      let killed = false;
      const connection = async (n: number) => {
        for (let i = 0; !killed; i++) {
          const id = randomUUID();
          try {
            const answer = await http.post(`/v1/companies/killed-${(n + i) % COMPANIES}/disclosures`, disclosure('OtherDisclosure', { disclosureId: id }));
            if (answer.status === 201 || answer.status === 200) acknowledged.add(id);
          } catch {
            return; // the connection died with the process: this request was never acknowledged
          }
        }
      };
      const load = Array.from({ length: 64 }, (_, n) => connection(n));
      const target = acknowledged.size + 200;
      const deadline = Date.now() + 60_000;
      while (acknowledged.size < target && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(acknowledged.size).toBeGreaterThanOrEqual(target);
      killed = true;
      await ledger.stop('SIGKILL');
      await Promise.all(load);

      const stored = new Set(withSqlite(ledger.storeFile, (db) => db.prepare('SELECT event_id FROM events').pluck().all() as string[]));
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect({ run, lost }).toEqual({ run, lost: [] });
      const audit = runLedgerctl(['audit', 'chain', '--json'], { store: ledger.storeFile });
      expect({ run, audit: audit.status, out: audit.stdout }).toMatchObject({ run, audit: 0 });
      const verify = runLedgerctl(['projections', 'verify', '--json', '--read-store', join(ledger.dataDir, 'data/read.db')], { store: ledger.storeFile });
      expect({ run, verify: verify.status, differences: JSON.parse(verify.stdout).differences.total }).toEqual({ run, verify: 0, differences: 0 });
      await ledger.boot();
    }
  });
});
