import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LedgerctlProcess, withSqlite, writeLedgerFile } from './support/audit-ledger';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';
import { waitUntil } from './support/live-streams';

jest.setTimeout(60_000);

const SHAPE = { companies: 300, disclosures: 60_000, eventsPerAppend: 100 };

/** GETs of the read routes from `workers` loops until stopped; counts answers that are not 200. */
function queryLoad(baseUrl: string, workers: number) {
  const http = client(baseUrl);
  const tally = { ok: 0, failed: [] as string[] };
  let running = true;
  const loop = async (worker: number) => {
    for (let n = worker; running; n += workers) {
      const company = `listed-co-${String(n % SHAPE.companies).padStart(5, '0')}`;
      const path = [`/v1/companies/${company}`, `/v1/companies/${company}/disclosures?limit=20`, '/v1/probes?limit=10', '/v1/companies?q=listed&limit=5'][
        n % 4
      ];
      try {
        const answer = await http.get(path);
        if (answer.status === 200) tally.ok++;
        else tally.failed.push(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      } catch (error) {
        tally.failed.push(`${path}: ${String(error)}`);
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, worker) => loop(worker)));
  return { tally, stop: async () => ((running = false), await done) };
}

describe('rebuilds swapped in under a serving query-api', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-swap-'));
  const store = join(dir, 'ledger.db');
  const location = join(dir, 'read.db');
  const env = { LEDGER_STORE: store, LEDGER_READ_STORE: location };
  let events = 0;
  let api: LedgerProcess;
  let http: ReturnType<typeof client>;
  const admin = async () => (await http.get('/v1/admin/projections')).body;

  beforeAll(async () => {
    events = await writeLedgerFile(store, SHAPE);
    api = await LedgerProcess.start({ app: 'query-api', env });
    http = client(api.baseUrl);
    for (let caughtUp = false; !caughtUp; await sleep(100)) caughtUp = (await admin()).checkpoint === String(events);
  });
  afterAll(async () => {
    await api?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the live read model serving, untouched, when a rebuild is killed halfway', async () => {
    const before = await admin();
    const status = (await http.get('/v1/companies/listed-co-00003')).body;
    const rebuild = new LedgerctlProcess(['projections', 'rebuild', '--read-store', location], env);
    await waitUntil(
      () => rebuild.output.includes('rebuild: building'),
      20_000,
      () => `a progress line, got ${rebuild.output}`,
    );
    await sleep(300);
    rebuild.kill('SIGKILL');
    expect((await rebuild.exited).signal).toBe('SIGKILL');

    expect(existsSync(`${location}.current`)).toBe(false);
    expect((await admin()).file).toBe(before.file);
    expect((await http.get('/v1/companies/listed-co-00003')).body).toEqual(status);
    expect(runLedgerctl(['projections', 'verify', '--read-store', location], { store }).status).toBe(0);
  });

  it('answers every query through a swap, and serves the rebuilt file after it', async () => {
    const before = (await http.get('/v1/companies/listed-co-00003')).body;
    const load = queryLoad(api.baseUrl, 8);
    await sleep(200);
    const rebuild = new LedgerctlProcess(['projections', 'rebuild', '--read-store', location, '--json'], env);
    expect(await rebuild.exited).toEqual({ code: 0, signal: null });
    const built = JSON.parse(rebuild.output.trim().split('\n').pop()!);
    for (let swapped = false; !swapped; await sleep(50)) swapped = (await admin()).file === built.file;
    await sleep(300);
    await load.stop();

    expect(load.tally.failed).toEqual([]);
    expect(load.tally.ok).toBeGreaterThan(100);
    expect((await http.get('/v1/companies/listed-co-00003')).body).toEqual(before);
    const state = await admin();
    expect(state).toMatchObject({ checkpoint: String(events), lag: 0, digest: built.digests.sha256 });
    expect(state.projections[0]).toMatchObject({ status: 'live', lastRebuild: { events }, digest: expect.any(Object) });
    expect(readFileSync(`${location}.current`, 'utf8').trim()).toBe(built.file.split('/').pop());
  });

  it('rebuilds on POST, with the progress in GET, and swaps the result in', async () => {
    const before = (await admin()).file;
    expect((await http.post('/v1/admin/projections/no-such/rebuild', {})).status).toBe(404);
    const started = await http.post('/v1/admin/projections/company-status/rebuild', {});
    expect(started.status).toBe(202);
    expect(started.body.rebuild).toMatchObject({ state: 'building' });
    const seen = new Set<string>();
    let state = await admin();
    for (; state.rebuild.state !== 'done' || state.file === before; await sleep(50), state = await admin()) {
      expect(state.rebuild.state).not.toBe('failed');
      seen.add(state.rebuild.state);
    }
    expect(state.rebuild).toMatchObject({ events, total: events, error: null });
    expect(state.rebuild.eventsPerSecond).toBeGreaterThan(0);
    expect(seen.has('building')).toBe(true);
    expect(state.checkpoint).toBe(String(events));
  });

  it('rebuilds on start a read model written by another projection version, serving the old one meanwhile', async () => {
    await api.stop();
    const serving = join(dir, readFileSync(`${location}.current`, 'utf8').trim());
    withSqlite(serving, (db) => db.prepare("UPDATE projection_checkpoints SET version = version + 100 WHERE name = 'company-status'").run());
    await api.boot();
    http = client(api.baseUrl);
    const first = await admin();
    expect(first.file).toBe(serving);
    expect(first.projections.find((p: { name: string }) => p.name === 'company-status').status).toBe('stale');
    expect((await http.get('/v1/companies/listed-co-00003')).status).toBe(200);
    const rebuilding = (state: typeof first) => state.file === serving || state.projections.some((p: { status: string }) => p.status === 'rebuilding');
    for (let state = first; rebuilding(state); await sleep(50), state = await admin()) {
      expect((await http.get('/v1/companies/listed-co-00003')).status).toBe(200);
    }
    const after = await admin();
    expect(after.projections.map((p: { status: string }) => p.status)).toEqual(['live', 'live']);
    expect(after.rebuild.reason).toContain('company-status');
    expect(existsSync(serving)).toBe(false);
  });
});
