import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { Projection } from '../projection/projection';
import { digestLine } from './row-encoding';

export interface TableDigest {
  rows: number;
  sha256: string;
}

export interface ReadModelDigests {
  /** One digest over the table digests, in table order. */
  sha256: string;
  tables: Record<string, TableDigest>;
}

/** The projection tables and the checkpoints of these projections, each with the columns of its key. */
export function digestedTables(projections: readonly Projection[]): { name: string; columns: readonly string[]; key: readonly string[]; where: string }[] {
  // Projection names are the code's own, never input.
  const names = projections.map((projection) => `'${projection.name}'`).join(', ');
  return [
    ...projections.flatMap((projection) => projection.tables.map(({ name, columns, key }) => ({ name, columns, key, where: '' }))),
    { name: 'projection_checkpoints', columns: ['name', 'version', 'position'], key: ['name'], where: ` WHERE name IN (${names})` },
  ];
}

/**
 * SHA-256 of each table's rows in key order, each row as its digest line (typed, length-prefixed stored
 * values): the same rows give the same digest whatever order and batches they were written in, and a
 * byte changed in any stored value changes it. `schema` names an attached database ("main" by default).
 */
export function digestTables(db: Database.Database, projections: readonly Projection[], schema = 'main'): ReadModelDigests {
  const tables: Record<string, TableDigest> = {};
  const whole = createHash('sha256');
  for (const table of digestedTables(projections)) {
    const hash = createHash('sha256');
    let rows = 0;
    const select = db.prepare(`SELECT ${table.columns.join(', ')} FROM ${schema}.${table.name}${table.where} ORDER BY ${table.key.join(', ')}`).raw();
    for (const row of select.iterate() as Iterable<unknown[]>) {
      hash.update(digestLine(row));
      rows++;
    }
    tables[table.name] = { rows, sha256: hash.digest('hex') };
    whole.update(`${table.name} ${tables[table.name].sha256}\n`);
  }
  return { sha256: whole.digest('hex'), tables };
}
