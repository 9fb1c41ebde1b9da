import type Database from 'better-sqlite3';

/** Bumped when the layout changes; a file written by a newer layout is refused. */
export const SCHEMA_VERSION = 1;

// position is the rowid: the global log sequence, in commit order, since the file has one writer at a
// time and rows are never deleted. data and metadata are canonical JSON (metadata without the chain
// fields, kept as 32-byte blobs). There is deliberately no index on event_id: ids are random, and a
// B-tree over random keys dirties a page per event, which costs more than the whole rest of an append.
// Ids are idempotent within a stream only, so a retry is found by reading the stream where the original
// would be (see write-thread/retry-detection).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY,
  stream_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  event_id  TEXT    NOT NULL,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  prev_hash BLOB    NOT NULL,
  hash      BLOB    NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_stream ON events (stream_id, revision);
`;

/** Creates the tables on a new file, checks the layout of an existing one. */
export function applySchema(db: Database.Database): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`the event store file has layout ${version}; this build reads up to ${SCHEMA_VERSION}`);
    }
    db.exec(SCHEMA);
    if (version < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
