import type Database from 'better-sqlite3';
import { Projection, TableSpec } from './projection';

const CREATE_INDEX = /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/i;

/** The CREATE INDEX statements of a table's DDL. */
export function indexStatements(table: TableSpec): string[] {
  return table.ddl.filter((ddl) => CREATE_INDEX.test(ddl));
}

/** The table without its indexes: for filling it from empty, and indexing it once, at the end. */
export function withoutIndexes(table: TableSpec): TableSpec {
  return { ...table, ddl: table.ddl.filter((ddl) => !CREATE_INDEX.test(ddl)) };
}

export function indexName(ddl: string): string {
  const match = CREATE_INDEX.exec(ddl);
  if (!match) throw new Error(`not a CREATE INDEX statement: ${ddl}`);
  return match[1];
}

/** Creates every index of the tables, in one transaction (each one sort of its table). */
export function createIndexes(db: Database.Database, tables: readonly TableSpec[]): void {
  db.transaction(() => tables.flatMap(indexStatements).forEach((ddl) => db.exec(ddl)))();
}

/** Whether the database (`schema`: main, or one attached) has a table, or an index, of that name. */
export function hasTable(db: Database.Database, name: string, { schema = 'main', type = 'table' } = {}): boolean {
  return db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = ? AND name = ?`).get(type, name) !== undefined;
}

export function tablesOf(projections: readonly Projection[]): TableSpec[] {
  return projections.flatMap((projection) => projection.tables);
}
