import type Database from 'better-sqlite3';
import type { EventToAppend } from '@ledger/event-store';
import { openConnection, readConnectionSettings, applySchema, preallocateWal } from '@ledger/event-store/sqlite';
import type { AppendSubjectKind } from '../lib/append-subject';

/** Stands for both hashes: the bare loops compute no chain. */
export const BARE_HASH = Buffer.alloc(32, 0xab);

/** One event row, as the bare loops insert it. */
export const BARE_INSERT = 'INSERT INTO events (stream_id, revision, event_id, type, data, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

/** A connection to a new file laid out as the store lays it out: its schema, pragmas and preallocated WAL. */
export function openBareFile(file: string): Database.Database {
  const db = openConnection(file, { synchronous: 'FULL', busyTimeoutMs: 5_000 });
  applySchema(db);
  preallocateWal(db, file);
  return db;
}

/**
 * The floor of what the SQLite store can do: a bare better-sqlite3 loop on the store's own schema,
 * pragmas (WAL, synchronous=FULL, 8 KiB pages) and preallocated WAL, on the calling thread, one
 * IMMEDIATE transaction per call with one INSERT per event; no thread, no revision check, no hash.
 */
export const bareBetterSqlite3: AppendSubjectKind = {
  name: 'bare better-sqlite3 loop',

  async open(file) {
    const db = openBareFile(file);
    const insert = db.prepare(BARE_INSERT);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- better-sqlite3's transaction variants are plain functions, meant to be called alone
    const writeCall = db.transaction((streamId: string, events: EventToAppend[], streamLength: number) => {
      events.forEach((event, i) =>
        insert.run(streamId, streamLength + i, event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata ?? {}), BARE_HASH, BARE_HASH),
      );
    }).immediate;
    return {
      async append(streamId: string, events: EventToAppend[], streamLength: number) {
        writeCall(streamId, events, streamLength);
      },
      async close() {
        db.close();
      },
    };
  },

  async durability(file) {
    const db = openConnection(file, { synchronous: 'FULL', busyTimeoutMs: 5_000 });
    try {
      const { journalMode, synchronous } = readConnectionSettings(db);
      return `journal_mode=${journalMode}, synchronous=${synchronous}`;
    } finally {
      db.close();
    }
  },
};
