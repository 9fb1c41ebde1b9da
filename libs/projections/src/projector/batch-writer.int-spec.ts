import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@ledger/event-store';
import { Projection, remove, upsert } from '../projection/projection';
import { ProjectionBatchWriter, ReadStoreError } from './batch-writer';
import { applyReadSchema, openReadStore, readCheckpoints } from './read-store';

let position = 0;
function event(streamId: string, data: Record<string, unknown> = {}): RecordedEvent {
  position++;
  return {
    streamId,
    revision: 0,
    position: String(position),
    id: `id-${position}`,
    type: 'Counted',
    data,
    metadata: { recordedAt: '2024-01-01T00:00:00.000Z', prevHash: '', hash: '' },
  };
}

/** Counts events per stream in a cached table, and logs each event in a table of its own. */
const counting: Projection = {
  name: 'counting',
  version: 1,
  tables: [
    {
      name: 'counts',
      columns: ['stream', 'n', 'last'],
      key: ['stream'],
      json: ['last'],
      ddl: ['CREATE TABLE IF NOT EXISTS counts (stream TEXT PRIMARY KEY, n INTEGER NOT NULL, last TEXT NOT NULL)'],
      cached: true,
    },
    {
      name: 'log',
      columns: ['position', 'stream', 'mark'],
      key: ['position'],
      ddl: ['CREATE TABLE IF NOT EXISTS log (position TEXT PRIMARY KEY, stream TEXT NOT NULL, mark TEXT NOT NULL)'],
    },
  ],
  project(e, view) {
    const n = (view.get<{ n: number }>('counts', [e.streamId])?.n ?? 0) + 1;
    // A poisoned event writes a NULL where the table forbids it: the batch's statement fails.
    const mark = e.data.poison === true ? null : 'ok';
    return [upsert('counts', { stream: e.streamId, n, last: { position: e.position } }), upsert('log', { position: e.position, stream: e.streamId, mark })];
  },
};

/** Reads the log table inside the batch being written, and fails on a marked event after that read. */
const auditing: Projection = {
  name: 'auditing',
  version: 1,
  tables: [
    {
      name: 'seen',
      columns: ['stream', 'logged'],
      key: ['stream'],
      ddl: ['CREATE TABLE IF NOT EXISTS seen (stream TEXT PRIMARY KEY, logged INTEGER NOT NULL)'],
    },
  ],
  project(e, view) {
    if (e.data.audit !== true) return [];
    const logged = view.list('log', { stream: e.streamId }, 'position').length;
    if (e.data.fail === true) throw new Error('projection failed after a read');
    return logged === 0 ? [remove('seen', [e.streamId])] : [upsert('seen', { stream: e.streamId, logged })];
  },
};

const PROJECTIONS = [counting, auditing];

describe('ProjectionBatchWriter: one transaction per batch on its own connection', () => {
  let dir: string;
  let db: Database.Database;
  let writer: ProjectionBatchWriter;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'batch-writer-'));
    db = openReadStore(join(dir, 'read.db'));
    applyReadSchema(db, PROJECTIONS);
    writer = new ProjectionBatchWriter(db, PROJECTIONS);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const counts = () =>
    Object.fromEntries(
      db
        .prepare<[], { stream: string; n: number }>('SELECT stream, n FROM counts')
        .all()
        .map((row) => [row.stream, row.n]),
    );
  const checkpoint = () => readCheckpoints(db).map((row) => row.position);

  it('reads rows written earlier in the batch and in batches before, also once they left the cache', () => {
    // 1,200 streams per batch, three times over: each batch evicts 200 of its own rows from the
    // 1,000-row cache, and the next batch reads them again.
    const streams = Array.from({ length: 1_200 }, (_, i) => `s-${i}`);
    const batches = [1, 2, 3].map(() => streams.map((stream) => event(stream)));
    for (const batch of batches) writer.write(batch, batch.at(-1)!.position);

    expect(Object.values(counts())).toEqual(streams.map(() => 3));
    const last = batches[2].at(-1)!.position;
    expect(checkpoint()).toEqual([last, last]);
  });

  it('a cached row changed by every event of a batch is written once, as it is at the end of the batch', () => {
    db.exec('CREATE TABLE count_writes (n INTEGER NOT NULL); INSERT INTO count_writes VALUES (0)');
    db.exec('CREATE TRIGGER counted_insert AFTER INSERT ON counts BEGIN UPDATE count_writes SET n = n + 1; END');
    db.exec('CREATE TRIGGER counted_update AFTER UPDATE ON counts BEGIN UPDATE count_writes SET n = n + 1; END');
    const batch = [event('a'), event('a'), event('b'), event('a'), event('a')];
    writer.write(batch, batch.at(-1)!.position);

    expect(counts()).toEqual({ a: 4, b: 1 });
    expect(db.prepare('SELECT n FROM count_writes').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT last FROM counts WHERE stream = ?').get('a')).toEqual({ last: JSON.stringify({ position: batch[4].position }) });
  });

  it('a batch that fails to write is rolled back whole; writing goes on from the last one committed', () => {
    const good = event('a');
    writer.write([good], good.position);
    const poisoned = [event('a'), event('b', { poison: true })];
    expect(() => writer.write(poisoned, poisoned[1].position)).toThrow(/NOT NULL/);
    expect(checkpoint()).toEqual([good.position, good.position]);
    expect(counts()).toEqual({ a: 1 });
    expect(writer.startPosition()).toBe(good.position);

    const retried = [event('a'), event('b')];
    writer.write(retried, retried[1].position);
    expect(counts()).toEqual({ a: 2, b: 1 });
    expect(checkpoint()).toEqual([retried[1].position, retried[1].position]);
  });

  it('a projection throwing after it read the batch being written: its event is parked, the rest of the batch is written', () => {
    const first = [event('a'), event('a', { audit: true })];
    writer.write(first, first[1].position);
    expect(db.prepare('SELECT stream, logged FROM seen').all()).toEqual([{ stream: 'a', logged: 2 }]);

    const failing = [event('a'), event('b'), event('a', { audit: true, fail: true })];
    writer.write(failing, failing[2].position);
    expect(db.prepare('SELECT count(*) AS n FROM log').get()).toEqual({ n: 5 });
    expect(counts()).toEqual({ a: 4, b: 1 });
    expect(db.prepare('SELECT stream, logged FROM seen').all()).toEqual([{ stream: 'a', logged: 2 }]);
    expect(db.prepare('SELECT projection, position, error FROM parked_events').all()).toEqual([
      { projection: 'auditing', position: failing[2].position, error: 'projection failed after a read' },
    ]);
    expect(checkpoint()).toEqual([failing[2].position, failing[2].position]);
  });

  it("a read store that cannot be read fails the batch; it is not the projection's fault, so nothing is parked", () => {
    const auditingFirst = new ProjectionBatchWriter(db, [auditing, counting]);
    db.exec('DROP TABLE log');
    const audited = [event('a', { audit: true })];
    expect(() => auditingFirst.write(audited, audited[0].position)).toThrow(ReadStoreError);
    expect(db.prepare('SELECT count(*) AS n FROM parked_events').get()).toEqual({ n: 0 });
    expect(checkpoint()).toEqual([null, null]);
  });
});
