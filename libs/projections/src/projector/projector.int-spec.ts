import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import { LEDGER_PROJECTIONS } from '../ledger-projections';
import { ReadModelQueries } from '../queries/read-model-queries';
import { DISCLOSURE_ID, cvsSequence, recorded, toAppend } from '../testing/cvs-sequence';
import { InMemoryReadModel } from '../testing/in-memory-read-model';
import { Projector } from './projector';
import { openReadStore, readCheckpoints } from './read-store';

describe('Projector over the SQLite store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'projector-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const amended = () => [
    ...cvsSequence(),
    recorded(
      8,
      'DisclosureCorrected',
      { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(2), occurredAt: '2024-04-29', facts: { systems: 'all IT' }, reason: 'date' } },
      '2024-05-07T10:00:00.000Z',
    ),
    recorded(9, 'DisclosureRetracted', { source: { kind: 'manual' }, facts: { disclosureId: DISCLOSURE_ID(6), reason: 'not so' } }, '2024-05-07T11:00:00.000Z'),
  ];

  it('writes the same rows as the projections applied in memory, and moves the checkpoint with them', async () => {
    const store = SqliteEventStore.open(join(dir, 'ledger.db'));
    const events = amended();
    const { position } = await store.append('company-cvs-group', events.map(toAppend));
    const db = openReadStore(join(dir, 'read.db'));
    const projector = new Projector(store, db, LEDGER_PROJECTIONS, { maxBatchEvents: 3 });
    projector.start();
    expect(await projector.waitFor(position, 5_000)).toBe(true);
    await projector.stop();

    const memory = new InMemoryReadModel(LEDGER_PROJECTIONS).given(...events);
    for (const table of LEDGER_PROJECTIONS.flatMap((projection) => projection.tables)) {
      const stored = db.prepare(`SELECT ${table.columns.join(', ')} FROM ${table.name}`).all() as Record<string, unknown>[];
      const parsed = stored.map((row) =>
        Object.fromEntries(Object.entries(row).map(([column, value]) => [column, table.json?.includes(column) ? JSON.parse(value as string) : value])),
      );
      expect({ table: table.name, rows: sortRows(parsed) }).toEqual({ table: table.name, rows: sortRows(memory.rows(table.name)) });
    }
    expect(readCheckpoints(db).map((row) => row.position)).toEqual([position, position]);
    db.close();
    await store.close();
  });

  it('resumes from its checkpoint and pages the timeline by occurredAt', async () => {
    const store = SqliteEventStore.open(join(dir, 'ledger.db'));
    const events = amended();
    await store.append('company-cvs-group', events.slice(0, 5).map(toAppend));
    const db = openReadStore(join(dir, 'read.db'));
    const first = new Projector(store, db, LEDGER_PROJECTIONS);
    first.start();
    expect(await first.waitFor('5', 5_000)).toBe(true);
    await first.stop();
    const { position } = await store.append('company-cvs-group', events.slice(5).map(toAppend), { expectedRevision: 4 });
    const second = new Projector(store, db, LEDGER_PROJECTIONS);
    expect(second.checkpoint).toBe('5');
    second.start();
    expect(await second.waitFor(position, 5_000)).toBe(true);
    await second.stop();

    const queries = new ReadModelQueries(openReadStore(join(dir, 'read.db'), { readonly: true }));
    const firstPage = queries.timeline('cvs-group', { order: 'asc', after: null, limit: 2 });
    const ids = firstPage.documents.map((json) => JSON.parse(json).disclosureId);
    // The offline disclosure was corrected to the breach's day: it now comes right after the breach.
    expect(ids).toEqual([DISCLOSURE_ID(1), DISCLOSURE_ID(2)]);
    expect(firstPage.next).not.toBeNull();
    db.close();
    await store.close();
  });
});

function sortRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}
