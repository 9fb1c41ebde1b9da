import type Database from 'better-sqlite3';
import { CursorKey, encodeCursor } from './cursor';

export type SortOrder = 'asc' | 'desc';

export interface Condition {
  sql: string;
  params: unknown[];
}

export interface KeysetQuery {
  table: string;
  /** The column holding each row's JSON document, served as it is stored. */
  document: string;
  /** A unique sort key; pages continue strictly after the last row's key, so rows arriving meanwhile never shift a page. */
  key: readonly string[];
  conditions: Condition[];
  order: SortOrder;
  after: CursorKey | null;
  limit: number;
}

export interface Page {
  /** JSON documents, in order. */
  documents: string[];
  /** The cursor of the next page, or null when this one is the last. */
  next: string | null;
}

/** Prepared statements by SQL text: each shape of query is compiled once. */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement<unknown[], Record<string, unknown>>>();

  constructor(private readonly db: Database.Database) {}

  get(sql: string): Database.Statement<unknown[], Record<string, unknown>> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

export function keysetPage(statements: StatementCache, query: KeysetQuery): Page {
  const conditions = [...query.conditions];
  if (query.after) {
    const comparison = query.order === 'asc' ? '>' : '<';
    conditions.push({ sql: `(${query.key.join(', ')}) ${comparison} (${query.key.map(() => '?').join(', ')})`, params: query.after });
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}` : '';
  const orderBy = query.key.map((column) => `${column} ${query.order.toUpperCase()}`).join(', ');
  const sql = `SELECT ${query.key.join(', ')}, ${query.document} AS document FROM ${query.table} ${where} ORDER BY ${orderBy} LIMIT ?`;
  const rows = statements.get(sql).all(...conditions.flatMap((condition) => condition.params), query.limit + 1);
  const more = rows.length > query.limit;
  const served = more ? rows.slice(0, query.limit) : rows;
  const last = served[served.length - 1];
  return {
    documents: served.map((row) => row.document as string),
    next: more ? encodeCursor(query.key.map((column) => last[column] as string | number)) : null,
  };
}

/** `{"<name>":[...documents],"next":...}` built from the stored JSON without parsing it. */
export function pageJson(name: string, page: Page, extra: Record<string, unknown> = {}): string {
  const head = Object.entries(extra).map(([field, value]) => `${JSON.stringify(field)}:${JSON.stringify(value)},`).join('');
  return `{${head}"${name}":[${page.documents.join(',')}],"next":${JSON.stringify(page.next)}}`;
}
