import { COMPANY_REGISTERED, CompanyRegistration, companyIdFromStream, isRecordableType } from '@ledger/disclosures';
import type { RecordedEvent } from '@ledger/event-store';
import { Projection, RowChange, RowView, remove, upsert } from '../projection/projection';
import { DISCLOSURES_TABLE, DisclosureRow } from '../timeline/timeline.projection';
import { statusInputOf, statusInputOfEvent } from '../timeline/timeline-entry';
import { instantOf } from '../time/instant';
import { CompanyStatus, ProbeStatus, emptyCompanyStatus, registrationPart } from './company-status';
import { foldStatus, needsRefold, reduceStatus, registered } from './reduce-status';
import { searchTextOf } from './search-text';

export const COMPANIES_TABLE = 'companies';
export const PROBES_TABLE = 'probes';

export interface ProbeRow {
  [column: string]: unknown;
  company_id: string;
  opened_by: string;
  regulator: string;
  status: string;
  since_ms: number;
  probe: ProbeStatus;
}

const COMPANIES_DDL = [
  `CREATE TABLE IF NOT EXISTS companies (
    company_id TEXT PRIMARY KEY, name TEXT, search TEXT NOT NULL, incident_state TEXT NOT NULL,
    revision INTEGER NOT NULL, status TEXT NOT NULL) WITHOUT ROWID`,
];

const PROBES_DDL = [
  `CREATE TABLE IF NOT EXISTS probes (
    company_id TEXT NOT NULL, opened_by TEXT NOT NULL, regulator TEXT NOT NULL, status TEXT NOT NULL,
    since_ms INTEGER NOT NULL, probe TEXT NOT NULL, PRIMARY KEY (company_id, opened_by)) WITHOUT ROWID`,
];

/**
 * Each company's status, and its probes as rows of their own for cross-company queries. A disclosure
 * folds in incrementally, unless it is a step of an incident or a probe that happened before the last
 * disclosure: that, a correction or a retraction re-folds the company's disclosures in force, in business order, from the
 * company-timeline rows, which the projector has already updated for that event (it runs projections
 * in order, timeline first, in the same transaction).
 */
export const companyStatusProjection: Projection = {
  name: 'company-status',
  version: 2,
  tables: [
    { name: COMPANIES_TABLE, columns: ['company_id', 'name', 'search', 'incident_state', 'revision', 'status'], key: ['company_id'], json: ['status'], ddl: COMPANIES_DDL, cached: true },
    { name: PROBES_TABLE, columns: ['company_id', 'opened_by', 'regulator', 'status', 'since_ms', 'probe'], key: ['company_id', 'opened_by'], json: ['probe'], ddl: PROBES_DDL },
  ],
  project(event: RecordedEvent, view: RowView): RowChange[] {
    const companyId = companyIdFromStream(event.streamId);
    if (companyId === null) return [];
    const before = view.get<CompanyRow>(COMPANIES_TABLE, [companyId])?.status ?? emptyCompanyStatus(companyId);
    const next = nextStatus(before, event, view, companyId);
    const after = next.revision === event.revision ? next : { ...next, revision: event.revision };
    return [upsert(COMPANIES_TABLE, companyRow(after)), ...probeChanges(companyId, before.probes, after.probes)];
  },
};

function nextStatus(before: CompanyStatus, event: RecordedEvent, view: RowView, companyId: string): CompanyStatus {
  if (event.type === COMPANY_REGISTERED) return registered(before, event.data as unknown as CompanyRegistration, event.revision);
  if (isRecordableType(event.type)) {
    const input = statusInputOfEvent(event);
    return needsRefold(before, input) ? refolded(before, view, companyId) : reduceStatus(before, input);
  }
  if (event.type === 'DisclosureCorrected' || event.type === 'DisclosureRetracted') return refolded(before, view, companyId);
  return before;
}

function refolded(before: CompanyStatus, view: RowView, companyId: string): CompanyStatus {
  const inForce = view
    .list<DisclosureRow>(DISCLOSURES_TABLE, 'company_id', companyId, 'revision')
    .filter((row) => row.retracted === 0)
    .map((row) => statusInputOf(row.entry));
  return foldStatus(registrationPart(before), inForce);
}

export function companyRow(status: CompanyStatus): CompanyRow {
  return new CompanyRow(status);
}

/**
 * A row of the companies table. Built by a constructor, not an object literal: V8 moves a literal's
 * allocations to the old generation once most of them survive, as the rows of the first batches do
 * (each company's row stays staged, then cached), and every row made after that - one per event - and
 * the status it holds would then be collected only by full garbage collections.
 */
export class CompanyRow {
  [column: string]: unknown;
  company_id: string;
  name: string | null;
  /** Lowercased name, aliases, tickers and identifiers, one per line: what `q` matches. */
  search: string;
  incident_state: string;
  revision: number;
  status: CompanyStatus;

  constructor(status: CompanyStatus) {
    this.company_id = status.companyId;
    this.name = status.name;
    this.search = searchTextOf(status);
    this.incident_state = status.incident.state;
    this.revision = status.revision;
    this.status = status;
  }
}

function probeChanges(companyId: string, before: ProbeStatus[], after: ProbeStatus[]): RowChange[] {
  if (before === after) return [];
  const changes: RowChange[] = [];
  const kept = new Set(after.map((probe) => probe.openedBy));
  for (const probe of before) if (!kept.has(probe.openedBy)) changes.push(remove(PROBES_TABLE, [companyId, probe.openedBy]));
  for (const probe of after) {
    if (before.includes(probe)) continue;
    const row: ProbeRow = { company_id: companyId, opened_by: probe.openedBy, regulator: probe.regulator, status: probe.status, since_ms: instantOf(probe.since), probe };
    changes.push(upsert(PROBES_TABLE, row));
  }
  return changes;
}
