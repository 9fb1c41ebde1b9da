import type { LedgerError } from '@ledger/disclosures';

/** The caller's If-Match revision is not the stream's current revision. */
export interface RevisionMismatch {
  code: 'RevisionMismatch';
  message: string;
  expected: number;
  actual: number;
}

export type WriteError = LedgerError | RevisionMismatch;

export function revisionMismatch(expected: number, actual: number): RevisionMismatch {
  return { code: 'RevisionMismatch', expected, actual, message: `expected revision ${expected}, the company is at revision ${actual}` };
}
