import { AMENDMENT_TYPES, companyIdFromStream, isRecordableType } from '@ledger/disclosures';
import type { RecordedEvent } from '@ledger/event-store';
import { Projection, RowChange, RowView, remove, upsert } from '../projection/projection';
import { parsedInstantOf } from '../status/parsed-instants';
import { TimelineEntry, amendedId, corrected, entryOccurredAt, newEntry, retracted } from './timeline-entry';

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
// dirties a page per event. A correction finds its target among the company's rows; corrections are rare.
// The cross-company index by time is deferred (see TableSpec.deferIndexes): a catch-up writes each
// company's history at once, which would touch one page of it per distinct day.
const DDL = [
  `CREATE TABLE IF NOT EXISTS disclosures (
    company_id TEXT NOT NULL, occurred_ms INTEGER NOT NULL, revision INTEGER NOT NULL, disclosure_id TEXT NOT NULL,
    type TEXT NOT NULL, regulator TEXT, retracted INTEGER NOT NULL, entry TEXT NOT NULL,
    PRIMARY KEY (company_id, occurred_ms, revision)) WITHOUT ROWID`,
  'CREATE INDEX IF NOT EXISTS disclosures_by_time ON disclosures (occurred_ms)',
];

export function disclosureRow(entry: TimelineEntry): DisclosureRow {
  const regulator = entry.facts.regulator;
  return {
    disclosure_id: entry.disclosureId,
    company_id: entry.companyId,
    revision: entry.revision,
    type: entry.type,
    occurred_ms: parsedInstantOf(entryOccurredAt(entry)),
    regulator: typeof regulator === 'string' ? regulator : null,
    retracted: entry.retracted ? 1 : 0,
    entry,
  };
}

/** Every disclosure of every company, with its corrections kept and a retracted flag. */
export const timelineProjection: Projection = {
  name: 'company-timeline',
  version: 2,
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
    if (isRecordableType(event.type)) return [upsert(DISCLOSURES_TABLE, disclosureRow(newEntry(event)))];
    if (!(AMENDMENT_TYPES as readonly string[]).includes(event.type)) return [];
    const companyId = companyIdFromStream(event.streamId);
    const targetId = amendedId(event);
    const target = view.list<DisclosureRow>(DISCLOSURES_TABLE, 'company_id', companyId, 'revision').find((row) => row.disclosure_id === targetId);
    if (!target) return [];
    const next = disclosureRow(event.type === 'DisclosureCorrected' ? corrected(target.entry, event) : retracted(target.entry, event));
    // A corrected occurredAt moves the row within the timeline.
    const moved = next.occurred_ms !== target.occurred_ms ? [remove(DISCLOSURES_TABLE, [target.company_id, target.occurred_ms, target.revision])] : [];
    return [...moved, upsert(DISCLOSURES_TABLE, next)];
  },
};
