import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@ledger/event-store';
import { Projection, remove, upsert } from '../projection/projection';
import { ProjectionBatchWriter } from './batch-writer';
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
    // A poisoned event writes a NULL where the table forbids it: the write thread's statement fails.
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
    const logged = view.list('log', 'stream', e.streamId, 'position').length;
    if (e.data.fail === true) throw new Error('projection failed after a read');
    return logged === 0 ? [remove('seen', [e.streamId])] : [upsert('seen', { stream: e.streamId, logged })];
  },
};

const PROJECTIONS = [counting, auditing];

describe('ProjectionBatchWriter: projecting here, writing on a thread of its own', () => {
  let dir: string;
  let db: Database.Database;
  let writer: ProjectionBatchWriter;
  const committed: string[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'batch-writer-'));
    db = openReadStore(join(dir, 'read.db'));
    applyReadSchema(db, PROJECTIONS);
    committed.length = 0;
    writer = new ProjectionBatchWriter(db, PROJECTIONS, { onCommitted: (at) => committed.push(at) });
  });
  afterEach(async () => {
    await writer.close();
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

  it('reads rows of batches sent but not yet committed, also once they left the cache', async () => {
    // 1,200 streams per batch, three times over: each batch evicts 200 of its own rows from the
    // 1,000-row cache, and the next batch, projected before that one is committed, reads them again.
    const streams = Array.from({ length: 1_200 }, (_, i) => `s-${i}`);
    const batches = [1, 2, 3].map(() => streams.map((stream) => event(stream)));
    for (const batch of batches) await writer.write(batch, batch.at(-1)!.position);
    await writer.drain();

    expect(Object.values(counts())).toEqual(streams.map(() => 3));
    const last = batches[2].at(-1)!.position;
    expect(checkpoint()).toEqual([last, last]);
    expect(committed).toEqual(batches.map((batch) => batch.at(-1)!.position));
  });

  it('its thread ends when idle, and the next batch starts another that sees what the first wrote', async () => {
    await writer.close();
    writer = new ProjectionBatchWriter(db, PROJECTIONS, { idleThreadMs: 50, onCommitted: (at) => committed.push(at) });
    const first = [event('a'), event('b')];
    await writer.write(first, first[1].position);
    await writer.drain();
    expect(writer.writing).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(writer.writing).toBe(false);

    const second = [event('a'), event('b', { audit: true })];
    await writer.write(second, second[1].position);
    await writer.drain();
    expect(counts()).toEqual({ a: 2, b: 2 });
    expect(db.prepare('SELECT stream, logged FROM seen').all()).toEqual([{ stream: 'b', logged: 2 }]);
    expect(checkpoint()).toEqual([second[1].position, second[1].position]);
  });

  it('after a reset, a thread that ended when idle is followed by one whose commits are answered', async () => {
    // As a projector's after an outage: it resets on each failed subscription, the thread ends while
    // the store is away, and the first batch after the store is back starts another thread.
    await writer.close();
    writer = new ProjectionBatchWriter(db, PROJECTIONS, { idleThreadMs: 50, onCommitted: (at) => committed.push(at) });
    const before = event('a');
    await writer.write([before], before.position);
    await writer.drain();
    await writer.reset();
    while (writer.writing) await new Promise((resolve) => setTimeout(resolve, 10));

    const after = event('a');
    await writer.write([after], after.position);
    const drained = await Promise.race([writer.drain().then(() => 'committed'), new Promise((resolve) => setTimeout(resolve, 5_000, 'never answered'))]);
    expect(drained).toBe('committed');
    expect(committed).toEqual([before.position, after.position]);
    expect(counts()).toEqual({ a: 2 });
  });

  it('a batch that fails to write fails those after it; after a reset, writing goes on from the last one committed', async () => {
    const good = event('a');
    const poisoned = [event('a'), event('b', { poison: true })];
    const after = event('a');
    await writer.write([good], good.position);
    await writer.write(poisoned, poisoned[1].position);
    await writer.write([after], after.position).catch(() => undefined);
    await expect(writer.drain()).rejects.toThrow(/NOT NULL/);
    await expect(writer.write([event('c')], String(position))).rejects.toThrow(/NOT NULL/);

    await writer.reset();
    expect(checkpoint()).toEqual([good.position, good.position]);
    expect(counts()).toEqual({ a: 1 });
    expect(committed).toEqual([good.position]);

    const retried = [event('a'), event('b')];
    await writer.write(retried, retried[1].position);
    await writer.drain();
    expect(counts()).toEqual({ a: 2, b: 1 });
    expect(checkpoint()).toEqual([retried[1].position, retried[1].position]);
  });

  it('a projection throwing after it read through the write thread: its event is parked, the rest of the batch is written', async () => {
    const first = [event('a'), event('a', { audit: true })];
    await writer.write(first, first[1].position);
    await writer.drain();
    expect(db.prepare('SELECT stream, logged FROM seen').all()).toEqual([{ stream: 'a', logged: 2 }]);

    const failing = [event('a'), event('b'), event('a', { audit: true, fail: true })];
    await writer.write(failing, failing[2].position);
    await writer.drain();
    expect(db.prepare('SELECT count(*) AS n FROM log').get()).toEqual({ n: 5 });
    expect(counts()).toEqual({ a: 4, b: 1 });
    expect(db.prepare('SELECT stream, logged FROM seen').all()).toEqual([{ stream: 'a', logged: 2 }]);
    expect(db.prepare('SELECT projection, position, error FROM parked_events').all()).toEqual([
      { projection: 'auditing', position: failing[2].position, error: 'projection failed after a read' },
    ]);
    expect(checkpoint()).toEqual([failing[2].position, failing[2].position]);
  });
});
