import type { RecordableType } from '@ledger/disclosures';

/** A disclosure in force, as the status reducer sees it: current facts, corrections applied. */
export interface StatusInput {
  type: RecordableType;
  disclosureId: string;
  revision: number;
  /** Business time (occurredAt, else disclosedAt, else recordedAt), as written. */
  at: string;
  facts: Record<string, unknown>;
}
