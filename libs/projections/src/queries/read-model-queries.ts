import type Database from 'better-sqlite3';
import { OPEN_INCIDENT_STATES } from '../status/company-status';
import { Condition, Page, PageRequest, StatementCache, keysetPage } from './keyset-page';

export interface TimelineQuery extends PageRequest {
  /** Inclusive bounds on occurredAt, in epoch milliseconds. */
  fromMs?: number;
  toMs?: number;
  types?: string[];
}

export interface DisclosureSearch extends TimelineQuery {
  regulator?: string;
  companyId?: string;
}

/** Companies by id, probes by date: always in ascending order. */
type AscendingPage = Omit<PageRequest, 'order'>;

export interface CompanySearch extends AscendingPage {
  q?: string;
  openIncident?: boolean;
}

export interface ProbeSearch extends AscendingPage {
  regulator?: string;
  status?: 'open' | 'closed';
}

/** Cursor shapes of each listing (see decodeCursor). */
export const CURSOR_SHAPES = {
  timeline: ['n', 'n'],
  disclosures: ['n', 's', 'n'],
  companies: ['s'],
  probes: ['n', 's', 's'],
} as const;

/** The query service's reads, on a connection of its own to the read store. */
export class ReadModelQueries {
  private readonly statements: StatementCache;

  constructor(private readonly db: Database.Database) {
    this.statements = new StatementCache(db);
  }

  /** The company's status as stored (JSON), or undefined for an unknown company. */
  companyStatusJson(companyId: string): string | undefined {
    return this.statements.get('SELECT status FROM companies WHERE company_id = ?').pluck().get(companyId) as string | undefined;
  }

  timeline(companyId: string, query: TimelineQuery): Page {
    const conditions: Condition[] = [{ sql: 'company_id = ?', params: [companyId] }, ...timelineConditions(query)];
    return keysetPage(this.statements, { table: 'disclosures', document: 'entry', key: ['occurred_ms', 'revision'], conditions }, query);
  }

  disclosures(query: DisclosureSearch): Page {
    const conditions = timelineConditions(query);
    if (query.regulator !== undefined) conditions.push({ sql: 'regulator = ?', params: [query.regulator] });
    if (query.companyId !== undefined) conditions.push({ sql: 'company_id = ?', params: [query.companyId] });
    return keysetPage(this.statements, { table: 'disclosures', document: 'entry', key: ['occurred_ms', 'company_id', 'revision'], conditions }, query);
  }

  companies(query: CompanySearch): Page {
    const conditions: Condition[] = [];
    if (query.q !== undefined) conditions.push({ sql: "search LIKE ? ESCAPE '\\'", params: [`%${escapeLike(query.q.toLowerCase())}%`] });
    if (query.openIncident) conditions.push({ sql: `incident_state IN (${OPEN_INCIDENT_STATES.map((state) => `'${state}'`).join(', ')})`, params: [] });
    return keysetPage(this.statements, { table: 'companies', document: 'status', key: ['company_id'], conditions }, { ...query, order: 'asc' });
  }

  probes(query: ProbeSearch): Page {
    const conditions: Condition[] = [];
    if (query.regulator !== undefined) conditions.push({ sql: 'regulator = ?', params: [query.regulator] });
    if (query.status !== undefined) conditions.push({ sql: 'status = ?', params: [query.status] });
    const document = "json_set(probe, '$.companyId', company_id)";
    return keysetPage(this.statements, { table: 'probes', document, key: ['since_ms', 'company_id', 'opened_by'], conditions }, { ...query, order: 'asc' });
  }
}

/** The conditions on time and type that a company's timeline and the disclosures across companies share. */
function timelineConditions(query: TimelineQuery): Condition[] {
  const conditions: Condition[] = [];
  if (query.fromMs !== undefined) conditions.push({ sql: 'occurred_ms >= ?', params: [query.fromMs] });
  if (query.toMs !== undefined) conditions.push({ sql: 'occurred_ms <= ?', params: [query.toMs] });
  if (query.types && query.types.length > 0) conditions.push({ sql: 'type IN (SELECT value FROM json_each(?))', params: [JSON.stringify(query.types)] });
  return conditions;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
