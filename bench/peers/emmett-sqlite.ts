import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import type { EventToAppend } from '@ledger/event-store';
import type { AppendSubjectKind } from '../lib/append-subject';
import { installedVersion } from '../lib/package-version';
import { waitUntilGone } from '../lib/wait-until-gone';
import { retryOnRacedCommit } from './retry-on-raced-commit';
import { sqlite3Durability } from './sqlite3-pragmas';

/**
 * Emmett's SQLite event store with its defaults. Its stream version counts events (0 = no stream),
 * so the exact expectation for a stream holding n events is n. Our event id goes in as its messageId.
 */
export const emmettSqlite: AppendSubjectKind = {
  name: `emmett-sqlite ${installedVersion('@event-driven-io/emmett-sqlite')}`,

  async open(file) {
    const store = getSQLiteEventStore({ fileName: file });
    let retried = 0;
    const appendOnce = (streamId: string, events: EventToAppend[], streamLength: number) =>
      store.appendToStream(
        streamId,
        events.map((event) => ({ type: event.type, data: event.data, metadata: { ...event.metadata, messageId: event.id } })),
        { expectedStreamVersion: BigInt(streamLength) },
      );
    return {
      async append(streamId: string, events: EventToAppend[], streamLength: number) {
        const result = await retryOnRacedCommit(
          () => appendOnce(streamId, events, streamLength),
          () => retried++,
        );
        const expected = BigInt(streamLength + events.length);
        if (result.nextExpectedStreamVersion !== expected) {
          throw new Error(`${streamId}: peer reports version ${result.nextExpectedStreamVersion}, expected ${expected}`);
        }
      },
      // The store opens and closes a connection per operation, and does not wait for the close, which
      // checkpoints the WAL into the file and deletes it: wait for that so the file size is final.
      close: () => waitUntilGone(`${file}-wal`),
      retriedAppends: () => retried,
    };
  },

  // The peer sets journal_mode on every connection it opens and leaves synchronous at the driver's default.
  async durability(file) {
    const store = getSQLiteEventStore({ fileName: file });
    await retryOnRacedCommit(() => store.appendToStream('probe-1', [{ type: 'Probe', data: {} }], { expectedStreamVersion: 0n }));
    return sqlite3Durability(file);
  },
};
