import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { EventIdConflictError } from '../port/errors';
import { EventToAppend } from '../port/event-store';
import { readAllToArray } from '../testing/contract/fixtures';
import { storesOnAFreshFile } from '../testing/stores-on-a-fresh-file';

const event = (note: string, metadata?: EventToAppend['metadata']): EventToAppend => ({
  id: randomUUID(),
  type: 'Noted',
  data: { note },
  ...(metadata ? { metadata } : {}),
});

describe('SqliteEventStore on its file', () => {
  const { file, open } = storesOnAFreshFile();

  it('numbers a fresh log from position 1 and reports no head before the first event', async () => {
    const store = open();
    expect(await store.headPosition()).toBeNull();
    expect(await store.append('company-a', [event('one'), event('two')])).toEqual({ nextRevision: 1, position: '2' });
    expect(await store.headPosition()).toBe('2');
  });

  it('keeps every acknowledged event across close and reopen, and chains on from there', async () => {
    const first = open();
    await first.append('company-a', [event('one'), event('two')]);
    await first.append('company-b', [event('three')]);
    const before = await readAllToArray(first.readAll());
    await first.close();

    const second = open();
    expect(await readAllToArray(second.readAll())).toEqual(before);
    expect(await second.append('company-a', [event('four')], { expectedRevision: 1 })).toEqual({ nextRevision: 2, position: '4' });
    expect(await verifyStreamChain(second, 'company-a')).toEqual({ ok: true, events: 3 });
  });

  it('recognises a retry, and an id reused with other content, across close and reopen', async () => {
    const first = open();
    const known = event('once');
    const original = await first.append('company-a', [known]);
    await first.close();

    const second = open();
    expect(await second.append('company-a', [known], { expectedRevision: 'no_stream' })).toEqual({ ...original, alreadyRecorded: true });
    await expect(second.append('company-a', [{ ...known, data: { note: 'changed' } }], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      EventIdConflictError,
    );
    expect(await second.readStream('company-a')).toHaveLength(1);
  });

  it('runs in WAL mode with synchronous=FULL unless told otherwise', async () => {
    expect(open().connectionSettings()).toMatchObject({ journalMode: 'wal', synchronous: 'FULL' });
    expect(open({ synchronous: 'NORMAL' }).connectionSettings()).toMatchObject({ journalMode: 'wal', synchronous: 'NORMAL' });
  });

  it('stamps recordedAt from its clock when the caller gives none', async () => {
    const store = open({ clock: () => new Date(Date.UTC(2021, 4, 6, 7, 8, 9)) });
    await store.append('company-a', [event('stamped'), event('given', { recordedAt: '2020-01-01T00:00:00.000Z' })]);
    const [stamped, given] = await store.readStream('company-a');
    expect(stamped.metadata.recordedAt).toBe('2021-05-06T07:08:09.000Z');
    expect(given.metadata.recordedAt).toBe('2020-01-01T00:00:00.000Z');
  });

  it('finds a byte changed in the file at its exact stream and revision', async () => {
    const store = open();
    await store.append(
      'company-a',
      ['zero', 'one', 'two', 'three', 'four'].map((note) => event(note)),
    );
    await store.append('company-b', [event('other')]);
    const raw = new Database(file());
    try {
      const changed = raw.prepare(`UPDATE events SET data = replace(data, 'three', 'thrEe') WHERE stream_id = 'company-a' AND revision = 3`).run();
      expect(changed.changes).toBe(1);
    } finally {
      raw.close();
    }
    expect(await verifyStreamChain(store, 'company-a')).toMatchObject({ ok: false, streamId: 'company-a', revision: 3, reason: 'hash-mismatch' });
    expect(await verifyStreamChain(store, 'company-b')).toEqual({ ok: true, events: 1 });
  });

  it('finds stored data rewritten to the same value in other bytes (whitespace, escapes)', async () => {
    const store = open();
    await store.append(
      'company-a',
      ['zero', 'one', 'two'].map((note) => event(note)),
    );
    const raw = new Database(file());
    try {
      raw.prepare(`UPDATE events SET data = replace(data, ':', ' : ') WHERE stream_id = 'company-a' AND revision = 1`).run();
      raw.prepare(`UPDATE events SET data = replace(data, 'two', '\u0074wo') WHERE stream_id = 'company-a' AND revision = 2`).run();
    } finally {
      raw.close();
    }
    const [, spaced, escaped] = await store.readStream('company-a');
    expect([spaced.data, escaped.data]).toEqual([event('one').data, event('two').data]);
    expect(await verifyStreamChain(store, 'company-a')).toMatchObject({ ok: false, streamId: 'company-a', revision: 1, reason: 'data-text-altered' });
  });
});
