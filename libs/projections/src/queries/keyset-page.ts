import type Database from 'better-sqlite3';
import { CursorKey, encodeCursor } from './cursor';

export type SortOrder = 'asc' | 'desc';

export interface Condition {
  sql: string;
  params: unknown[];
}

/** Which page of a listing: the one after the cursor's key, in that order. */
export interface PageRequest {
  order: SortOrder;
  after: CursorKey | null;
  limit: number;
}

export interface KeysetQuery {
  table: string;
  /** The column holding each row's JSON document, served as it is stored. */
  document: string;
  /** A unique sort key; pages continue strictly after the last row's key, so rows arriving meanwhile never shift a page. */
  key: readonly string[];
  conditions: Condition[];
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

/**
 * Separates a row's key (a JSON array) from its document in the one text column a page query returns.
 * JSON text never holds a raw control character, so the first one in the row is the separator.
 */
const KEY_END = '\u0001';

export function keysetPage(statements: StatementCache, query: KeysetQuery, { order, after, limit }: PageRequest): Page {
  const conditions = [...query.conditions];
  if (after) {
    const comparison = order === 'asc' ? '>' : '<';
    conditions.push({ sql: `(${query.key.join(', ')}) ${comparison} (${query.key.map(() => '?').join(', ')})`, params: after });
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}` : '';
  const orderBy = query.key.map((column) => `${column} ${order.toUpperCase()}`).join(', ');
  // One text column per row (key, separator, document): far cheaper to fetch than a row object per row.
  const row = `json_array(${query.key.join(', ')}) || char(1) || (${query.document})`;
  // Not a bare `LIMIT ?`: SQLite plans with its bound value, and would prepare the statement again on every page.
  const sql = `SELECT ${row} FROM ${query.table} ${where} ORDER BY ${orderBy} LIMIT ? + 0`;
  const rows = statements
    .get(sql)
    .pluck()
    .all(...conditions.flatMap((condition) => condition.params), limit + 1) as unknown as string[];
  const served = Math.min(rows.length, limit);
  const documents = new Array<string>(served);
  for (let i = 0; i < served; i++) documents[i] = rows[i].slice(rows[i].indexOf(KEY_END) + 1);
  if (rows.length <= limit) return { documents, next: null };
  const last = rows[served - 1];
  return { documents, next: encodeCursor(JSON.parse(last.slice(0, last.indexOf(KEY_END))) as CursorKey) };
}

/** `{"<name>":[...documents],"next":...}` built from the stored JSON without parsing it. */
export function pageJson(name: string, page: Page, extra: Record<string, unknown> = {}): string {
  const head = Object.entries(extra)
    .map(([field, value]) => `${JSON.stringify(field)}:${JSON.stringify(value)},`)
    .join('');
  return `{${head}"${name}":[${page.documents.join(',')}],"next":${JSON.stringify(page.next)}}`;
}
