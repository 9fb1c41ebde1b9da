import { randomUUID } from 'node:crypto';
import { openConnection } from '../connection';
import { prepareEvents } from '../prepared-event';
import { applySchema } from '../schema';
import { TempStoreFile, tempStoreFile } from '../../testing/temp-store-file';
import { GroupWriter } from './group-writer';
import { AppendRequest } from './protocol';

const recordedAt = () => '2026-01-02T03:04:05.000Z';
const request = (call: number, streamId: string, expected: AppendRequest['expected'] = 'any'): AppendRequest => ({
  call,
  streamId,
  expected,
  events: prepareEvents([{ id: randomUUID(), type: 'Noted', data: { call } }], recordedAt),
});

describe('GroupWriter', () => {
  let temp: TempStoreFile;
  let db: ReturnType<typeof openConnection>;
  beforeEach(() => {
    temp = tempStoreFile('group-writer');
    db = openConnection(temp.file, { synchronous: 'NORMAL', busyTimeoutMs: 1_000 });
    applySchema(db);
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('commits a group in one transaction, the refused call alone writing nothing', () => {
    const writer = new GroupWriter(db);
    const reply = writer.write([request(0, 'a', 'no_stream'), request(1, 'b', 'no_stream'), request(2, 'a', 'no_stream'), request(3, 'a', 0)]);
    expect(reply).toEqual({
      committed: true,
      head: 3,
      outcomes: [
        [0, { kind: 'appended', nextRevision: 0, position: 1 }],
        [1, { kind: 'appended', nextRevision: 0, position: 2 }],
        [2, { kind: 'wrong-revision', actual: 0 }],
        [3, { kind: 'appended', nextRevision: 1, position: 3 }],
      ],
    });
    expect(db.prepare('SELECT stream_id, revision FROM events ORDER BY position').raw().all()).toEqual([
      ['a', 0],
      ['b', 0],
      ['a', 1],
    ]);
  });

  it('takes out a call whose rows cannot be written and commits the rest of its group', () => {
    const writer = new GroupWriter(db);
    const broken = request(1, 'b');
    broken.events[2] = null as unknown as string;
    const reply = writer.write([request(0, 'a'), broken, request(2, 'c')]);
    expect(reply.committed).toBe(true);
    expect(reply.outcomes).toEqual([
      [1, expect.objectContaining({ kind: 'failed', code: 'SQLITE_CONSTRAINT_NOTNULL' })],
      [0, { kind: 'appended', nextRevision: 0, position: 1 }],
      [2, { kind: 'appended', nextRevision: 0, position: 2 }],
    ]);
    expect(db.prepare('SELECT stream_id FROM events ORDER BY position').pluck().all()).toEqual(['a', 'c']);
  });

  it('chains onto what another connection appended since its last commit', () => {
    const writer = new GroupWriter(db);
    writer.write([request(0, 'a')]);
    const otherDb = openConnection(temp.file, { synchronous: 'NORMAL', busyTimeoutMs: 1_000 });
    try {
      expect(new GroupWriter(otherDb).write([request(0, 'a', 0)]).outcomes).toEqual([[0, { kind: 'appended', nextRevision: 1, position: 2 }]]);
    } finally {
      otherDb.close();
    }
    expect(writer.write([request(1, 'a', 1)]).outcomes).toEqual([[1, { kind: 'appended', nextRevision: 2, position: 3 }]]);
  });
});
