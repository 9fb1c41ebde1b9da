import type Database from 'better-sqlite3';

/** Bumped when the tables change: an index of another version is dropped and rebuilt from the log. */
export const DECISION_INDEX_VERSION = 1;

const TABLES = `
CREATE TABLE companies (
  company_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  registered INTEGER NOT NULL,
  -- Id of the event at revision: tells the index from another store's stream of the same name.
  tip_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE disclosures (
  company_id TEXT NOT NULL,
  disclosure_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  type TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  facts TEXT NOT NULL,
  occurred_at TEXT,
  retracted INTEGER NOT NULL,
  PRIMARY KEY (company_id, disclosure_id)
) WITHOUT ROWID;
`;

/**
 * The index is a cache rebuilt from the log, so it is never fsynced: a crash may lose its last
 * transactions, and the next write to the company reads them again from the stream.
 */
export function prepareDecisionIndex(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('busy_timeout = 5000');
  // Each write looks up and inserts rows keyed by random ids: more of a large index's pages stay cached.
  db.pragma('cache_size = -16384');
  if (db.pragma('user_version', { simple: true }) === DECISION_INDEX_VERSION) return;
  db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS companies; DROP TABLE IF EXISTS disclosures;');
    db.exec(TABLES);
    db.pragma(`user_version = ${DECISION_INDEX_VERSION}`);
  }).immediate();
}
