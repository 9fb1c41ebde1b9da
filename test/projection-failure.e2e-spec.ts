import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPANY, SAMPLE_FACTS, disclosure } from './fixtures/disclosures';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';

jest.setTimeout(90_000);

const POISON = 'poison-marker-5d41';
const TEST_PROJECTION = 'test-poison';

/** A disclosure the test projection throws on, and one it takes. */
const poisoned = () => disclosure('OtherDisclosure', { facts: { summary: `carries the ${POISON}` } });
const healthy = () => disclosure('RegulatorNotified', { facts: SAMPLE_FACTS.RegulatorNotified });

type Http = ReturnType<typeof client>;

/** A ledger whose query side also runs the test-only projection that throws on the poison. */
async function poisonedLedger(policy: string): Promise<{ ledger: LedgerProcess; http: Http; poisonFile: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'projection-failure-'));
  const poisonFile = join(dir, 'poison');
  writeFileSync(poisonFile, POISON);
  const ledger = await LedgerProcess.start({ env: { LEDGER_TEST_POISON_FILE: poisonFile, PROJECTION_FAILURE_POLICY: policy } });
  const http = client(ledger.baseUrl);
  expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
  return { ledger, http, poisonFile, dir };
}

/** Records the poisoned disclosure then a healthy one; both positions. */
async function recordBoth(http: Http): Promise<{ poison: string; after: string }> {
  const first = await http.post('/v1/companies/cvs-group/disclosures', poisoned());
  const second = await http.post('/v1/companies/cvs-group/disclosures', healthy());
  expect([first.status, second.status]).toEqual([201, 201]);
  return { poison: first.body.position, after: second.body.position };
}

async function projectionState(http: Http, name: string): Promise<Record<string, any>> {
  const answer = await http.get('/v1/admin/projections');
  expect(answer.status).toBe(200);
  return answer.body.projections.find((projection: { name: string }) => projection.name === name);
}

describe('a projection that throws on an event, under the park policy', () => {
  let setup: Awaited<ReturnType<typeof poisonedLedger>>;
  beforeAll(async () => (setup = await poisonedLedger('park')));
  afterAll(async () => {
    await setup.ledger.dispose();
    rmSync(setup.dir, { recursive: true, force: true });
  });

  it('parks the event; the write side and the other projections go on; a replay after the fix applies it', async () => {
    const { http, poisonFile } = setup;
    const { poison, after } = await recordBoth(http);
    const status = await http.get(`/v1/companies/cvs-group?minPosition=${after}`);
    expect(status.status).toBe(200);
    expect(status.body.incident).toBeDefined();
    const timeline = await http.get(`/v1/companies/cvs-group/disclosures?minPosition=${after}`);
    expect(timeline.body.disclosures.map((entry: { type: string }) => entry.type)).toEqual(expect.arrayContaining(['OtherDisclosure', 'RegulatorNotified']));

    expect(await projectionState(http, TEST_PROJECTION)).toMatchObject({ status: 'live', checkpoint: after, parked: 1, error: null });
    expect(await projectionState(http, 'company-status')).toMatchObject({ status: 'live', checkpoint: after, parked: 0 });
    expect((await http.get('/v1/admin/projections')).body.failures).toEqual({ stopped: [], parked: 1 });
    const parked = await http.get(`/v1/admin/projections/${TEST_PROJECTION}/parked`);
    expect(parked.body.parked).toEqual([
      expect.objectContaining({ projection: TEST_PROJECTION, position: poison, type: 'OtherDisclosure', error: expect.stringContaining(POISON) }),
    ]);

    const unfixed = await http.post(`/v1/admin/projections/${TEST_PROJECTION}/parked/replay`, {});
    expect(unfixed.body).toMatchObject({ applied: [], failed: [{ eventId: parked.body.parked[0].eventId }], parked: 1 });

    writeFileSync(poisonFile, '');
    const fixed = await http.post(`/v1/admin/projections/${TEST_PROJECTION}/parked/replay`, {});
    expect(fixed.status).toBe(200);
    expect(fixed.body).toEqual({ projection: TEST_PROJECTION, applied: [parked.body.parked[0].eventId], failed: [], parked: 0 });
    expect((await http.get(`/v1/admin/projections/${TEST_PROJECTION}/parked`)).body.parked).toEqual([]);
    expect((await http.get('/v1/admin/projections/no-such/parked')).status).toBe(404);
  });
});

describe('a projection that throws on an event, under the stop policy', () => {
  let setup: Awaited<ReturnType<typeof poisonedLedger>>;
  beforeAll(async () => (setup = await poisonedLedger(`park,${TEST_PROJECTION}:stop`)));
  afterAll(async () => {
    await setup.ledger.dispose();
    rmSync(setup.dir, { recursive: true, force: true });
  });

  it('stops that projection alone at the event; the others stay current; resume after the fix catches it up', async () => {
    const { http, poisonFile } = setup;
    const { poison, after } = await recordBoth(http);
    expect((await http.get(`/v1/companies/cvs-group?minPosition=${after}`)).status).toBe(200);

    const stopped = await projectionState(http, TEST_PROJECTION);
    expect(stopped).toMatchObject({
      status: 'stopped',
      parked: 0,
      error: expect.stringContaining(POISON),
      stoppedAt: expect.objectContaining({ position: poison, type: 'OtherDisclosure' }),
    });
    expect(stopped.checkpoint).not.toBe(after);
    expect(await projectionState(http, 'company-timeline')).toMatchObject({ status: 'live', checkpoint: after });
    expect((await http.get('/v1/admin/projections')).body).toMatchObject({ checkpoint: after, failures: { stopped: [TEST_PROJECTION], parked: 0 } });

    writeFileSync(poisonFile, '');
    const resumed = await http.post(`/v1/admin/projections/${TEST_PROJECTION}/resume`, {});
    expect(resumed.body).toEqual({ projection: TEST_PROJECTION, resumed: true });
    let state = await projectionState(http, TEST_PROJECTION);
    while (state.checkpoint !== after) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await projectionState(http, TEST_PROJECTION);
    }
    expect(state).toMatchObject({ status: 'live', error: null, stoppedAt: null });
    expect((await http.post(`/v1/admin/projections/${TEST_PROJECTION}/resume`, {})).status).toBe(409);
  });
});
