import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { Projection } from '../projection/projection';

/** Every row of every projection table, ordered by table and key, one JSON line per row: comparable across files. */
export function* dumpReadModel(db: Database.Database, projections: readonly Projection[]): Generator<string> {
  for (const projection of projections) {
    for (const table of projection.tables) {
      const rows = db
        .prepare(`SELECT ${table.columns.join(', ')} FROM ${table.name} ORDER BY ${table.key.join(', ')}`)
        .raw()
        .iterate();
      for (const row of rows) yield `${table.name} ${JSON.stringify(row)}`;
    }
  }
}

export interface ReadModelDigest {
  /** sha256 of the dump. */
  digest: string;
  rows: number;
}

export function digestReadModel(db: Database.Database, projections: readonly Projection[]): ReadModelDigest {
  const hash = createHash('sha256');
  let rows = 0;
  for (const line of dumpReadModel(db, projections)) {
    hash.update(line).update('\n');
    rows++;
  }
  return { digest: hash.digest('hex'), rows };
}
