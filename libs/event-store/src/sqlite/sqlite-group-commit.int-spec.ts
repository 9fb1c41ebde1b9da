import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { verifyStreamChain } from '../chain/verify-stream-chain';
import { WrongExpectedRevisionError } from '../port/errors';
import { EventToAppend } from '../port/event-store';
import { storesOnAFreshFile } from '../testing/stores-on-a-fresh-file';
import { SqliteEventStore } from './sqlite-event-store';

const event = (note: string): EventToAppend => ({ id: randomUUID(), type: 'Noted', data: { note } });
const CALLS = 20;

/**
 * Makes `calls` while another connection holds the file's write lock, then lets it go: the writer
 * thread is held on its first group, and every call made meanwhile waits for the next one. So the
 * calls are committed in at most two groups, whatever the timing of the thread.
 */
async function whileTheFileIsLocked<T>(file: string, calls: () => Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  const other = new Database(file);
  try {
    other.exec('BEGIN IMMEDIATE');
    const made = calls();
    other.exec('COMMIT');
    return await Promise.allSettled(made);
  } finally {
    other.close();
  }
}

describe('SqliteEventStore group commit', () => {
  const { file, open } = storesOnAFreshFile();

  it('commits concurrent appends in fewer transactions than calls, and counts them', async () => {
    const store = open();
    const settled = await whileTheFileIsLocked(file(), () =>
      Array.from({ length: CALLS }, (_, i) => store.append(`company-${i}`, [event(`call ${i}`)], { expectedRevision: 'no_stream' })),
    );
    expect(settled.every((outcome) => outcome.status === 'fulfilled')).toBe(true);
    const stats = store.writeStats();
    expect(stats.appends).toBe(CALLS);
    expect(stats.commits).toBeLessThanOrEqual(2);
    expect(stats.largestGroup).toBeGreaterThanOrEqual(CALLS / 2);
  });

  it('fails alone the one call of a group that expects another revision; the others commit', async () => {
    const store = open();
    await store.append('company-shared', [event('first')]);
    const conflicting = CALLS / 2;
    const settled = await whileTheFileIsLocked(file(), () =>
      Array.from({ length: CALLS }, (_, i) =>
        i === conflicting
          ? store.append('company-shared', [event('late')], { expectedRevision: 'no_stream' })
          : store.append('company-shared', [event(`call ${i}`)], { expectedRevision: 'any' }),
      ),
    );
    const refused = settled.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(refused.map((outcome) => outcome.reason)).toEqual([expect.any(WrongExpectedRevisionError)]);
    expect(settled.indexOf(refused[0])).toBe(conflicting);
    expect(store.writeStats().commits).toBeLessThanOrEqual(3);

    const written = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    expect(written.map((result) => result.nextRevision).sort((a, b) => a - b)).toEqual(Array.from({ length: CALLS - 1 }, (_, i) => i + 1));
    expect(await store.readStream('company-shared')).toHaveLength(CALLS);
    expect(await verifyStreamChain(store, 'company-shared')).toEqual({ ok: true, events: CALLS });
  });

  it('keeps reading on the calling thread while its writer waits for the file', async () => {
    const store = open();
    await store.append('company-a', [event('before')]);
    const other = new Database(file());
    try {
      other.exec('BEGIN IMMEDIATE');
      let answered = false;
      const waiting = store.append('company-a', [event('while locked')]).then((result) => ((answered = true), result));
      expect((await store.readStream('company-a')).map((e) => e.data.note)).toEqual(['before']);
      expect(await store.headPosition()).toBe('1');
      expect(answered).toBe(false);
      other.exec('COMMIT');
      expect(await waiting).toEqual({ nextRevision: 1, position: '2' });
    } finally {
      other.close();
    }
  });

  it('answers every append made before close, then closes', async () => {
    const store = open();
    const made = Array.from({ length: CALLS }, (_, i) => store.append('company-a', [event(`call ${i}`)]));
    await store.close();
    expect((await Promise.all(made)).map((result) => result.nextRevision)).toEqual(Array.from({ length: CALLS }, (_, i) => i));
    const reopened = SqliteEventStore.openForReading(file());
    try {
      expect(await reopened.readStream('company-a')).toHaveLength(CALLS);
    } finally {
      await reopened.close();
    }
  });
});
