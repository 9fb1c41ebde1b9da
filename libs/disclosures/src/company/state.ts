import { DisclosureType } from '../events/catalogue';

/** What the decider remembers of each event of the company, by its id. */
export interface RecordedDisclosure {
  type: DisclosureType;
  /** Stream revision of the event that recorded it. */
  revision: number;
  /** Hash of its content (see disclosureFingerprint): tells a retry from a reused id. */
  fingerprint: string;
  /** Current facts, corrections applied. */
  facts: Record<string, unknown>;
  /** Current business time, corrections applied. */
  occurredAt?: string;
  retracted: boolean;
}

export interface CompanyState {
  registered: boolean;
  companyId: string | null;
  /** Revision of the last event folded: -1 before the first, then equal to the stream revision. */
  revision: number;
  /**
   * The disclosures, corrections and retractions a decision needs, by id: at least those the command
   * names (see namedIds). A lean state holds only those, so its size never grows with the history;
   * a state folded from the whole stream holds them all and decides the same.
   */
  disclosures: ReadonlyMap<string, RecordedDisclosure>;
}

export const initialCompanyState: CompanyState = {
  registered: false,
  companyId: null,
  revision: -1,
  disclosures: new Map(),
};

/** The revision at which an id was recorded, or null: answers a replayed command with the original revisions. */
export function recordedRevisionOf(state: CompanyState, disclosureId: string): number | null {
  return state.disclosures.get(disclosureId.toLowerCase())?.revision ?? null;
}
