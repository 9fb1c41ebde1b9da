import { AMENDMENT_TYPES, RecordableType, companyIdFromStream, isRecordableType } from '@ledger/disclosures';
import type { RecordedEvent } from '@ledger/event-store';
import { JsonText, Projection, Row, RowChange, RowView, remove, upsert } from '../projection/projection';
import { parsedInstantOf } from '../status/parsed-instants';
import { effectiveOccurredAt } from '../time/instant';
import { DisclosureData, TimelineEntry, amended, amendedId, entryOccurredAt, newEntryJson } from './timeline-entry';

export const DISCLOSURES_TABLE = 'disclosures';

/** A row of the disclosures table: the entry, and the columns the queries filter and sort on. */
export interface DisclosureRow {
  [column: string]: unknown;
  disclosure_id: string;
  company_id: string;
  revision: number;
  type: string;
  /** occurredAt (else disclosedAt, else recordedAt) in epoch milliseconds: the timeline's order. */
  occurred_ms: number;
  regulator: string | null;
  retracted: number;
  entry: TimelineEntry;
}

// Keyed in timeline order (company, occurredAt, revision): a page of a company's timeline is one range
// of the table. Deliberately no index on disclosure_id: ids are random, and a B-tree over random keys
// dirties a page per event. A correction finds its target among the company's rows (parsing only its entry); corrections are rare.
// The cross-company index by time is deferred (see TableSpec.deferIndexes): a catch-up writes each
// company's history at once, which would touch one page of it per distinct day.
const DDL = [
  `CREATE TABLE IF NOT EXISTS disclosures (
    company_id TEXT NOT NULL, occurred_ms INTEGER NOT NULL, revision INTEGER NOT NULL, disclosure_id TEXT NOT NULL,
    type TEXT NOT NULL, regulator TEXT, retracted INTEGER NOT NULL, entry TEXT NOT NULL,
    PRIMARY KEY (company_id, occurred_ms, revision)) WITHOUT ROWID`,
  'CREATE INDEX IF NOT EXISTS disclosures_by_time ON disclosures (occurred_ms)',
];

type RowSource = Pick<TimelineEntry, 'disclosureId' | 'companyId' | 'revision' | 'type' | 'facts' | 'retracted'>;

/** The columns of a disclosure's row; the entry as an object, or as its JSON text. */
function rowOf(source: RowSource, occurredAt: string, entry: TimelineEntry | JsonText): Row {
  const regulator = source.facts.regulator;
  return {
    disclosure_id: source.disclosureId,
    company_id: source.companyId,
    revision: source.revision,
    type: source.type,
    occurred_ms: parsedInstantOf(occurredAt),
    regulator: typeof regulator === 'string' ? regulator : null,
    retracted: source.retracted ? 1 : 0,
    entry,
  };
}

export function disclosureRow(entry: TimelineEntry): DisclosureRow {
  return rowOf(entry, entryOccurredAt(entry), entry) as DisclosureRow;
}

/** The row of a disclosure just recorded, its entry written as JSON text straight from the event. */
function newDisclosureRow(event: RecordedEvent): Row {
  const data = event.data as unknown as DisclosureData;
  // only the fields a row needs: copying the whole event data (source, evidence) slowed a catch-up by a fifth
  const source = {
    disclosureId: data.disclosureId,
    companyId: data.companyId,
    revision: event.revision,
    type: event.type as RecordableType,
    facts: data.facts,
    retracted: false,
  };
  return rowOf(source, effectiveOccurredAt(data.occurredAt, data.disclosedAt, event.metadata.recordedAt), new JsonText(newEntryJson(event)));
}

/** Every disclosure of every company, with its corrections kept and a retracted flag. */
export const timelineProjection: Projection = {
  name: 'company-timeline',
  version: 3,
  tables: [
    {
      name: DISCLOSURES_TABLE,
      columns: ['company_id', 'occurred_ms', 'revision', 'disclosure_id', 'type', 'regulator', 'retracted', 'entry'],
      key: ['company_id', 'occurred_ms', 'revision'],
      json: ['entry'],
      ddl: DDL,
      deferIndexes: true,
    },
  ],
  project(event: RecordedEvent, view: RowView): RowChange[] {
    if (isRecordableType(event.type)) return [upsert(DISCLOSURES_TABLE, newDisclosureRow(event))];
    if (!(AMENDMENT_TYPES as readonly string[]).includes(event.type)) return [];
    const companyId = companyIdFromStream(event.streamId);
    const targetId = amendedId(event);
    const [target] = view.list<DisclosureRow>(DISCLOSURES_TABLE, { company_id: companyId, disclosure_id: targetId }, 'revision');
    if (!target) return [];
    const next = disclosureRow(amended(target.entry, event));
    // A corrected occurredAt moves the row within the timeline.
    const moved = next.occurred_ms !== target.occurred_ms ? [remove(DISCLOSURES_TABLE, [target.company_id, target.occurred_ms, target.revision])] : [];
    return [...moved, upsert(DISCLOSURES_TABLE, next)];
  },
};
