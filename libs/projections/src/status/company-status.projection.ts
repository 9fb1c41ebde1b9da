import { COMPANY_REGISTERED, CompanyRegistration, companyIdFromStream, isRecordableType } from '@ledger/disclosures';
import type { RecordedEvent } from '@ledger/event-store';
import { Projection, RowChange, RowView, remove, upsert } from '../projection/projection';
import { amendedId, statusInputOfEvent } from '../timeline/timeline-entry';
import { instantOf } from '../time/instant';
import { CompanyStatus, ProbeStatus, emptyCompanyStatus, registrationPart } from './company-status';
import { amendedInPlace } from './amend-status';
import { foldStatus, needsRefold, reduceStatus, registered, withSequencesRefolded } from './reduce-status';
import { searchTextOf } from './search-text';
import { STATUS_INPUTS_SPEC, STATUS_INPUTS_TABLE, StatusInputRow, amendedRow, statusInputRow } from './status-inputs';
import { StatusInput } from './status-input';

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

/**
 * Each company's status, and its probes as rows of their own for cross-company queries. A disclosure
 * folds in incrementally, unless it is a step of an incident or a probe that happened before the last
 * disclosure: that, or a correction or a retraction of such a step, folds the company's steps in force
 * again, in business order, from its own status_inputs rows (it reads no other projection's tables);
 * other corrections and retractions are applied in place, unless they move the first or last disclosure
 * inwards or the latest share price, which folds all its disclosures in force again.
 */
export const companyStatusProjection: Projection = {
  name: 'company-status',
  version: 4,
  tables: [
    STATUS_INPUTS_SPEC,
    {
      name: COMPANIES_TABLE,
      columns: ['company_id', 'name', 'search', 'incident_state', 'revision', 'status'],
      key: ['company_id'],
      json: ['status'],
      ddl: [
        `CREATE TABLE IF NOT EXISTS companies (
          company_id TEXT PRIMARY KEY, name TEXT, search TEXT NOT NULL, incident_state TEXT NOT NULL,
          revision INTEGER NOT NULL, status TEXT NOT NULL) WITHOUT ROWID`,
      ],
      cached: true,
    },
    {
      name: PROBES_TABLE,
      columns: ['company_id', 'opened_by', 'regulator', 'status', 'since_ms', 'probe'],
      key: ['company_id', 'opened_by'],
      json: ['probe'],
      ddl: [
        `CREATE TABLE IF NOT EXISTS probes (
          company_id TEXT NOT NULL, opened_by TEXT NOT NULL, regulator TEXT NOT NULL, status TEXT NOT NULL,
          since_ms INTEGER NOT NULL, probe TEXT NOT NULL, PRIMARY KEY (company_id, opened_by)) WITHOUT ROWID`,
      ],
    },
  ],
  project(event: RecordedEvent, view: RowView): RowChange[] {
    const companyId = companyIdFromStream(event.streamId);
    if (companyId === null) return [];
    const before = view.get<CompanyRow>(COMPANIES_TABLE, [companyId])?.status ?? emptyCompanyStatus(companyId);
    const { status: next, input } = nextStatus(before, event, view, companyId);
    const after = next.revision === event.revision ? next : { ...next, revision: event.revision };
    return [
      ...(input ? [upsert(STATUS_INPUTS_TABLE, input)] : []),
      upsert(COMPANIES_TABLE, companyRow(after)),
      ...probeChanges(companyId, before.probes, after.probes),
    ];
  },
};

/** The company's status after the event, and the status_inputs row it adds or changes. */
function nextStatus(before: CompanyStatus, event: RecordedEvent, view: RowView, companyId: string): { status: CompanyStatus; input?: StatusInputRow } {
  if (event.type === COMPANY_REGISTERED) return { status: registered(before, event.data as unknown as CompanyRegistration, event.revision) };
  if (isRecordableType(event.type)) {
    const input = statusInputRow(companyId, statusInputOfEvent(event));
    const added = reduceStatus(before, input.input);
    const status = needsRefold(before, input.input) ? withSequencesRefolded(added, inForce([...stepRows(view, companyId), input])) : added;
    return { status, input };
  }
  if (event.type !== 'DisclosureCorrected' && event.type !== 'DisclosureRetracted') return { status: before };
  const [target] = view.list<StatusInputRow>(STATUS_INPUTS_TABLE, { company_id: companyId, disclosure_id: amendedId(event) }, 'revision');
  if (!target) return { status: refolded(before, inputRows(view, companyId)) };
  const input = amendedRow(target, event);
  return { status: amendedStatus(before, target, input, view), input };
}

/**
 * The status once a disclosure is corrected or retracted: in place when that can be told from the
 * disclosure (and, for a step of a sequence, the company's other steps); else folded again whole.
 */
function amendedStatus(before: CompanyStatus, target: StatusInputRow, input: StatusInputRow, view: RowView): CompanyStatus {
  // A disclosure retracted before is in no fold: correcting or retracting it again changes nothing.
  if (target.retracted === 1) return before;
  const after = input.retracted === 1 ? null : input.input;
  const amended = (rows: StatusInputRow[]) => rows.map((row) => (row.revision === input.revision ? input : row));
  const steps = () => inForce(amended(stepRows(view, input.company_id)));
  return amendedInPlace(before, target.input, after, steps) ?? refolded(before, amended(inputRows(view, input.company_id)));
}

function inputRows(view: RowView, companyId: string): StatusInputRow[] {
  return view.list<StatusInputRow>(STATUS_INPUTS_TABLE, { company_id: companyId }, 'revision');
}

function stepRows(view: RowView, companyId: string): StatusInputRow[] {
  return view.list<StatusInputRow>(STATUS_INPUTS_TABLE, { company_id: companyId, sequence: 1 }, 'revision');
}

function inForce(rows: readonly StatusInputRow[]): StatusInput[] {
  return rows.filter((row) => row.retracted === 0).map((row) => row.input);
}

function refolded(before: CompanyStatus, rows: readonly StatusInputRow[]): CompanyStatus {
  return foldStatus(registrationPart(before), inForce(rows));
}

/** A row of the companies table. */
export interface CompanyRow {
  [column: string]: unknown;
  company_id: string;
  name: string | null;
  /** Lowercased name, aliases, tickers and identifiers, one per line: what `q` matches. */
  search: string;
  incident_state: string;
  revision: number;
  status: CompanyStatus;
}

export function companyRow(status: CompanyStatus): CompanyRow {
  return {
    company_id: status.companyId,
    name: status.name,
    search: searchTextOf(status),
    incident_state: status.incident.state,
    revision: status.revision,
    status,
  };
}

function probeChanges(companyId: string, before: ProbeStatus[], after: ProbeStatus[]): RowChange[] {
  if (before === after) return [];
  const changes: RowChange[] = [];
  const kept = new Set(after.map((probe) => probe.openedBy));
  for (const probe of before) if (!kept.has(probe.openedBy)) changes.push(remove(PROBES_TABLE, [companyId, probe.openedBy]));
  for (const probe of after) {
    if (before.includes(probe)) continue;
    const row: ProbeRow = {
      company_id: companyId,
      opened_by: probe.openedBy,
      regulator: probe.regulator,
      status: probe.status,
      since_ms: instantOf(probe.since),
      probe,
    };
    changes.push(upsert(PROBES_TABLE, row));
  }
  return changes;
}
