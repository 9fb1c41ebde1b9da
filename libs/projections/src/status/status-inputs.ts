import { applyFactsPatch } from '@ledger/disclosures';
import type { RecordedEvent } from '@ledger/event-store';
import { TableSpec } from '../projection/projection';
import { correctionOf } from '../timeline/timeline-entry';
import { StatusInput } from './status-input';
import { isSequenceStep } from './reduce-status';

export const STATUS_INPUTS_TABLE = 'status_inputs';

/**
 * A company's disclosures as the status reducer sees them (corrections applied, retracted flagged):
 * what company-status folds again after a correction, a retraction or a late step, kept in a table of
 * its own so that it reads no other projection's rows.
 */
export interface StatusInputRow {
  [column: string]: unknown;
  company_id: string;
  revision: number;
  disclosure_id: string;
  retracted: number;
  /** 1 for a step of an incident or a probe: the rows a late step or an amended step folds again. */
  sequence: number;
  input: StatusInput;
}

export const STATUS_INPUTS_SPEC: TableSpec = {
  name: STATUS_INPUTS_TABLE,
  columns: ['company_id', 'revision', 'disclosure_id', 'retracted', 'sequence', 'input'],
  key: ['company_id', 'revision'],
  json: ['input'],
  ddl: [
    `CREATE TABLE IF NOT EXISTS status_inputs (
      company_id TEXT NOT NULL, revision INTEGER NOT NULL, disclosure_id TEXT NOT NULL, retracted INTEGER NOT NULL,
      sequence INTEGER NOT NULL, input TEXT NOT NULL, PRIMARY KEY (company_id, revision)) WITHOUT ROWID`,
  ],
};

export function statusInputRow(companyId: string, input: StatusInput): StatusInputRow {
  return { company_id: companyId, revision: input.revision, disclosure_id: input.disclosureId, retracted: 0, sequence: isSequenceStep(input) ? 1 : 0, input };
}

/** The row after a DisclosureCorrected or DisclosureRetracted event aimed at it. */
export function amendedRow(row: StatusInputRow, event: RecordedEvent): StatusInputRow {
  if (event.type === 'DisclosureRetracted') return { ...row, retracted: 1 };
  const { facts: patch, occurredAt } = correctionOf(event);
  return { ...row, input: { ...row.input, facts: patch ? applyFactsPatch(row.input.facts, patch) : row.input.facts, at: occurredAt ?? row.input.at } };
}
