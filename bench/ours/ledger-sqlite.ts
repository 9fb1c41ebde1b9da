import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@ledger/event-store';
// The SQLite adapter alone: the package index also loads the EventStoreDB client, which this benchmark does not use.
import { SqliteEventStore } from '@ledger/event-store/sqlite';
import type { AppendSubjectKind } from '../lib/append-subject';

/** Our embedded store through the EventStore port, with its defaults (WAL, synchronous=FULL). */
export const ledgerSqlite: AppendSubjectKind = {
  name: 'SqliteEventStore',

  async open(file) {
    const store = SqliteEventStore.open(file);
    // A server's writer thread is up long before its first request: wait for this one's before the clock starts.
    await store.append('bench-started', [{ id: randomUUID(), type: 'BenchStarted', data: {} }]);
    return {
      async append(streamId: string, events: EventToAppend[], streamLength: number) {
        const expectedRevision = streamLength === 0 ? 'no_stream' : streamLength - 1;
        const { nextRevision } = await store.append(streamId, events, { expectedRevision });
        if (nextRevision !== streamLength + events.length - 1) {
          throw new Error(`${streamId}: store reports revision ${nextRevision}, expected ${streamLength + events.length - 1}`);
        }
      },
      close: () => store.close(),
    };
  },

  async durability(file) {
    const store = SqliteEventStore.open(file);
    try {
      const { journalMode, synchronous } = store.connectionSettings();
      return `journal_mode=${journalMode}, synchronous=${synchronous}`;
    } finally {
      await store.close();
    }
  },
};
