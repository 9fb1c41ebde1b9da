import type Database from 'better-sqlite3';
import { PARKED_EVENTS_TABLE } from '../failure/parked-events';
import { hasTable, tablesOf } from '../projection/index-ddl';
import { Projection } from '../projection/projection';
import { prepareFreshReadStore } from './fresh-read-store';

/**
 * Copies the tables, checkpoints and parked events of projections not rebuilt from the file in service
 * into a new one, as they stand in one snapshot of it: a rebuild of one projection leaves the others'
 * rows as they are, and each catches up from its own checkpoint once the new file serves.
 */
export function carryOver(db: Database.Database, liveFile: string, projections: readonly Projection[]): void {
  if (projections.length === 0) return;
  prepareFreshReadStore(db, projections);
  const names = projections.map((projection) => projection.name);
  const placeholders = names.map(() => '?').join(', ');
  db.prepare('ATTACH DATABASE ? AS live').run(liveFile);
  try {
    db.transaction(() => {
      for (const { name, columns } of tablesOf(projections)) {
        db.exec(`INSERT INTO main.${name} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM live.${name}`);
      }
      db.prepare(
        `INSERT OR REPLACE INTO main.projection_checkpoints SELECT name, version, position FROM live.projection_checkpoints WHERE name IN (${placeholders})`,
      ).run(...names);
      // A file written before events were parked has no such table.
      if (!hasTable(db, PARKED_EVENTS_TABLE, { schema: 'live' })) return;
      db.prepare(`INSERT INTO main.${PARKED_EVENTS_TABLE} SELECT * FROM live.${PARKED_EVENTS_TABLE} WHERE projection IN (${placeholders})`).run(...names);
    })();
  } finally {
    db.exec('DETACH DATABASE live');
  }
}
