import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { readSetting } from '@ledger/settings';
import { LEDGER_PROJECTIONS } from '../ledger-projections';
import { Projector } from '../projector/projector';
import { openReadStore, readCheckpoints } from '../projector/read-store';
import { cvsSequence, toAppend } from '../testing/cvs-sequence';
import { poisonTestProjection } from '../testing/poison-projection';
import { listParked } from './parked-events';

/** The regulator's name in one event of the sequence: the poison of the test projection. */
const POISON = 'ICO';

describe('The failure policy of a projector over the SQLite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: Database.Database;
  let poisonFile: string;
  let projector: Projector;
  const events = cvsSequence();
  const poisoned = events.find((event) => JSON.stringify(event.data).includes(POISON))!;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'failure-policy-'));
    store = SqliteEventStore.open(join(dir, 'ledger.db'));
    db = openReadStore(join(dir, 'read.db'));
    poisonFile = join(dir, 'poison');
    writeFileSync(poisonFile, POISON);
    await store.append('company-cvs-group', events.map(toAppend));
  });
  afterEach(async () => {
    await projector.stop();
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (policy: string) => {
    projector = new Projector(store, db, [...LEDGER_PROJECTIONS, poisonTestProjection(poisonFile)], {
      failurePolicies: readSetting('PROJECTION_FAILURE_POLICY', { PROJECTION_FAILURE_POLICY: policy }),
    });
    projector.start();
  };
  const checkpoints = () => Object.fromEntries(readCheckpoints(db).map((row) => [row.name, row.position]));
  const seen = () => (db.prepare('SELECT event_id FROM test_poison_seen').pluck().all() as string[]).sort();
  const head = String(events.length);

  it('park: the event is parked with its error, every checkpoint reaches the head, and a replay after the fix applies it', async () => {
    start('park');
    expect(await projector.waitFor(head, 20_000)).toBe(true);
    expect(checkpoints()).toEqual({ 'company-status': head, 'company-timeline': head, 'test-poison': head });
    expect(listParked(db, 'test-poison')).toEqual([
      expect.objectContaining({ position: poisoned.position, eventId: poisoned.id, type: poisoned.type, error: expect.stringContaining('test poison') }),
    ]);
    expect(seen()).not.toContain(poisoned.id);
    expect(db.prepare('SELECT count(*) FROM disclosures').pluck().get()).toBe(events.length - 1);

    const stillFailing = await projector.replay('test-poison');
    expect(stillFailing).toEqual({ applied: [], failed: [{ eventId: poisoned.id, error: expect.stringContaining('test poison') }] });
    expect(listParked(db, 'test-poison')).toHaveLength(1);

    writeFileSync(poisonFile, '');
    expect(await projector.replay('test-poison')).toEqual({ applied: [poisoned.id], failed: [] });
    expect(listParked(db, 'test-poison')).toEqual([]);
    expect(seen()).toEqual(events.map((event) => event.id).sort());
  });

  it('stop: that projection stops before the event, the others reach the head, and a resume after the fix catches it up', async () => {
    start('stop');
    expect(await projector.waitFor(head, 20_000)).toBe(true);
    const before = String(Number(poisoned.position) - 1);
    expect(checkpoints()).toEqual({ 'company-status': head, 'company-timeline': head, 'test-poison': before });
    const stopped = projector.runs().find((run) => run.name === 'test-poison')!;
    expect(stopped.stopped).toEqual(
      expect.objectContaining({ position: poisoned.position, eventId: poisoned.id, error: expect.stringContaining('test poison') }),
    );
    expect(listParked(db, 'test-poison')).toEqual([]);
    expect(projector.checkpoint).toBe(head);

    writeFileSync(poisonFile, '');
    expect(projector.resume('test-poison')).toBe(true);
    expect(projector.resume('test-poison')).toBe(false);
    while (checkpoints()['test-poison'] !== head) await new Promise((resolve) => setImmediate(resolve));
    expect(seen()).toEqual(events.map((event) => event.id).sort());
    expect(projector.runs().every((run) => run.stopped === null)).toBe(true);
  });
});
