import type Database from 'better-sqlite3';
import { PARKED_EVENTS_TABLE } from '../failure/parked-events';
import { withoutIndexes } from '../projection/index-ddl';
import { Projection } from '../projection/projection';
import { applyReadSchema } from '../projector/read-store';

/**
 * Copies the tables, checkpoints and parked events of projections not rebuilt from the file in service
 * into a new one, as they stand in one snapshot of it: a rebuild of one projection leaves the others'
 * rows as they are, and each catches up from its own checkpoint once the new file serves.
 */
export function carryOver(db: Database.Database, liveFile: string, projections: readonly Projection[]): void {
  if (projections.length === 0) return;
  applyReadSchema(
    db,
    projections.map((projection) => ({ ...projection, tables: projection.tables.map(withoutIndexes) })),
  );
  const names = projections.map((projection) => projection.name);
  const placeholders = names.map(() => '?').join(', ');
  db.prepare('ATTACH DATABASE ? AS live').run(liveFile);
  try {
    db.transaction(() => {
      for (const { name, columns } of projections.flatMap((projection) => projection.tables)) {
        db.exec(`INSERT INTO main.${name} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM live.${name}`);
      }
      db.prepare(
        `INSERT OR REPLACE INTO main.projection_checkpoints SELECT name, version, position FROM live.projection_checkpoints WHERE name IN (${placeholders})`,
      ).run(...names);
      // A file written before events were parked has no such table.
      if (db.prepare("SELECT 1 FROM live.sqlite_master WHERE type = 'table' AND name = ?").get(PARKED_EVENTS_TABLE) === undefined) return;
      db.prepare(`INSERT INTO main.${PARKED_EVENTS_TABLE} SELECT * FROM live.${PARKED_EVENTS_TABLE} WHERE projection IN (${placeholders})`).run(...names);
    })();
  } finally {
    db.exec('DETACH DATABASE live');
  }
}
