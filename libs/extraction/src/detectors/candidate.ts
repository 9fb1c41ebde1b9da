import { RecordableType } from '@ledger/disclosures';
import { Span } from '../text/span';

/** One sentence's reading of one disclosure, before candidates of the same disclosure are merged. */
export interface Candidate {
  type: RecordableType;
  facts: Record<string, unknown>;
  /** The sentence, in article indices. */
  evidence: Span;
  occurredOn: string | null;
  confidence: number;
  /** Candidates of the same type with the same key are one disclosure (e.g. the regulator's name). */
  key: string;
  /** Facts calculated from others rather than read (a percentage from a move in pence and the new price). */
  computed?: string[];
}

/** A summary drawn from the sentence: its own words, shortened to a readable length. */
export function summaryOf(raw: string, limit = 280): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  return `${flat.slice(0, limit - 1).replace(/\s+\S*$/, '')}…`;
}
