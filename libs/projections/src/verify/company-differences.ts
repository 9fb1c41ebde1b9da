import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { digestLine } from '../digest/row-encoding';
import { digestedTables } from '../digest/table-digests';
import { Projection, Row } from '../projection/projection';

type Table = ReturnType<typeof digestedTables>[number];

export interface RowDifference {
  table: string;
  /** The row's key, column by column. */
  key: Row;
  kind: 'missing' | 'extra' | 'changed';
  /** What the live read model holds (absent when missing). */
  live?: Row;
  /** What the rebuild produced (absent when extra). */
  rebuilt?: Row;
}

export interface CompanyDifferences {
  companyId: string;
  rows: RowDifference[];
}

export interface DifferenceReport {
  /** Rows that differ, in all. */
  total: number;
  /** Companies with a difference, in all. */
  companies: number;
  /** Up to the cap, grouped by company. */
  byCompany: CompanyDifferences[];
}

const NO_COMPANY = '(none)';

/**
 * The rows that differ between the live and the rebuilt read model, by company: `missing` from the
 * live model, `extra` in it, or `changed`. Companies are found by per-company digests, so only their
 * rows are compared one by one; at most `maxRows` rows are listed, the totals count them all.
 */
export function companyDifferences(live: Database.Database, rebuilt: Database.Database, projections: readonly Projection[], maxRows = 100): DifferenceReport {
  const report: DifferenceReport = { total: 0, companies: 0, byCompany: [] };
  const companies = new Map<string, RowDifference[]>();
  let listed = 0;
  for (const table of digestedTables(projections)) {
    const [ours, theirs] = [companyDigests(live, table), companyDigests(rebuilt, table)];
    for (const companyId of new Set([...ours.keys(), ...theirs.keys()])) {
      if (ours.get(companyId) === theirs.get(companyId)) continue;
      const rows = rowDifferences(table, companyRows(live, table, companyId), companyRows(rebuilt, table, companyId));
      report.total += rows.length;
      const shown = companies.get(companyId) ?? [];
      companies.set(companyId, shown);
      const room = Math.max(0, maxRows - listed);
      shown.push(...rows.slice(0, room));
      listed += Math.min(room, rows.length);
    }
  }
  report.companies = companies.size;
  report.byCompany = [...companies].filter(([, rows]) => rows.length > 0).map(([companyId, rows]) => ({ companyId, rows }));
  return report;
}

function hasCompany(table: Table): boolean {
  return table.columns.includes('company_id');
}

function companyDigests(db: Database.Database, table: Table): Map<string, string> {
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  const company = hasCompany(table) ? table.columns.indexOf('company_id') : -1;
  const select = db.prepare(`SELECT ${table.columns.join(', ')} FROM ${table.name}${table.where} ORDER BY ${table.key.join(', ')}`).raw();
  for (const row of select.iterate() as Iterable<unknown[]>) {
    const companyId = company < 0 ? NO_COMPANY : String(row[company]);
    let hash = hashes.get(companyId);
    if (!hash) hashes.set(companyId, (hash = createHash('sha256')));
    hash.update(digestLine(row));
  }
  return new Map([...hashes].map(([companyId, hash]) => [companyId, hash.digest('hex')]));
}

function companyRows(db: Database.Database, table: Table, companyId: string): Map<string, Row> {
  const where = hasCompany(table) ? ' WHERE company_id = ?' : table.where;
  const rows = db.prepare(`SELECT ${table.columns.join(', ')} FROM ${table.name}${where}`).all(...(hasCompany(table) ? [companyId] : [])) as Row[];
  return new Map(rows.map((row) => [JSON.stringify(table.key.map((column) => row[column])), row]));
}

function rowDifferences(table: Table, live: Map<string, Row>, rebuilt: Map<string, Row>): RowDifference[] {
  const differences: RowDifference[] = [];
  const keyOf = (row: Row) => Object.fromEntries(table.key.map((column) => [column, row[column]]));
  for (const [key, row] of rebuilt) {
    const ours = live.get(key);
    if (ours === undefined) differences.push({ table: table.name, key: keyOf(row), kind: 'missing', rebuilt: row });
    else if (JSON.stringify(ours) !== JSON.stringify(row)) differences.push({ table: table.name, key: keyOf(row), kind: 'changed', live: ours, rebuilt: row });
  }
  for (const [key, row] of live) if (!rebuilt.has(key)) differences.push({ table: table.name, key: keyOf(row), kind: 'extra', live: row });
  return differences;
}
