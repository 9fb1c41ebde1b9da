import { RecordableType } from '@ledger/disclosures';
import { VocabularyName } from './vocabulary';

/** Blockers applied in the clause before a trigger: a denial ("no evidence that"), a hedge ("may have"). */
export type ClauseBlocker = 'negation' | 'hedge';
/**
 * Blockers applied to the whole sentence: `background` (another company's incident, surveys and studies,
 * an earlier year, unnamed sources) and `analyst` (an analyst's or broker's view).
 */
export type SentenceBlocker = 'background' | 'analyst';

/** Which sentences' candidates of a type are one disclosure. */
export type MergePolicy =
  | 'one per article'
  | 'one per day'
  | 'one per authority'
  /** GuidanceChanged: one per direction, and per kind of measure (profit, revenue, margin, cost...) when the article changes more than one. */
  | 'one per direction'
  /** OtherDisclosure: one per kind of statement (the trigger vocabulary, a dividend kept apart from the outlook held, recovery and remediation together). */
  | 'one per kind';

export interface DisclosureRule {
  /** The vocabularies (`en.ts`, `fr.ts`) that make a sentence a candidate, each with its clause blockers. */
  triggers: Partial<Record<VocabularyName, ClauseBlocker[]>>;
  sentenceBlockers: SentenceBlocker[];
  /** The facts read, and where from (the detector in `detectors/` does the reading). */
  facts: Record<string, string>;
  merge: MergePolicy;
}

const STATED: ClauseBlocker[] = ['negation', 'hedge'];
const EVERYWHERE: SentenceBlocker[] = ['background', 'analyst'];
const SUMMARY = 'the sentence, shortened at a word boundary';

/**
 * What each disclosure type is made of: its triggers and blockers, the facts it reads and how its
 * candidates merge. Vocabulary (per language) is in `en.ts` and `fr.ts`; this table is the same for both.
 */
export const DISCLOSURE_RULES: Record<RecordableType, DisclosureRule> = {
  BreachAnnounced: {
    triggers: { breach: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: { summary: SUMMARY, externalAccess: 'an attack, intrusion or unauthorised access named', occurredOn: 'the earliest day named' },
    merge: 'one per article',
  },
  SystemsTakenOffline: {
    triggers: { offline: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: { systems: 'the noun phrase of the systems in the trigger clause', summary: SUMMARY },
    merge: 'one per article',
  },
  ExternalAdvisersEngaged: {
    triggers: { engaged: STATED, assisting: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: { advisers: 'the adviser phrase after the verb, or before "are helping"', summary: SUMMARY },
    merge: 'one per article',
  },
  RegulatorNotified: {
    triggers: { notified: STATED, complaint: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: {
      regulator: "each authority of the list, by the catalogue's short name; a complaint's authority when named, else the complaint itself",
      summary: SUMMARY,
    },
    merge: 'one per authority',
  },
  SystemsRestored: {
    // hedged or expected recovery is OtherDisclosure, so only a denial blocks it here
    triggers: { restored: ['negation'] },
    sentenceBlockers: EVERYWHERE,
    facts: { systems: 'the noun phrase of the systems', partial: 'some, part of, progressively (not all, fully)', summary: SUMMARY },
    merge: 'one per day',
  },
  OperationalImpactReported: {
    triggers: { impact: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: { summary: SUMMARY, severity: 'major or minor words', expectedDuration: 'for several days, until ...' },
    merge: 'one per day',
  },
  RegulatoryProbeOpened: {
    triggers: { probe: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: { regulator: 'the authority near the probe word', scope: 'the phrase after into, over, sur ...', stage: 'review, formal, provisional' },
    merge: 'one per authority',
  },
  RegulatoryProbeUpdated: {
    triggers: { probe: STATED, sanction: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: { regulator: 'the authority near the probe word', outcome: 'the fine or finding, cut at a clause end', stage: 'closed when closed' },
    merge: 'one per authority',
  },
  DataExposureConfirmed: {
    triggers: { taken: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: { dataTypes: 'data nouns near the trigger', recordsAffected: 'a count of people or records', summary: SUMMARY },
    merge: 'one per article',
  },
  GuidanceChanged: {
    triggers: { guidance: STATED },
    sentenceBlockers: EVERYWHERE,
    facts: {
      metric: 'the financial measure in the clause',
      direction: 'a change verb, else the figures compared',
      current: 'the figure now given, as text, low, high, currency or unit',
      previous: 'the figure after from, against, contre, or in a sentence recalling the old guidance',
    },
    merge: 'one per direction',
  },
  SharePriceMoved: {
    triggers: {},
    sentenceBlockers: EVERYWHERE,
    facts: {
      direction: 'a move verb',
      changePct: 'the percentage, or computed from the move and the new price',
      price: 'the new price',
      currency: 'GBX for pence',
      venue: 'the exchange named',
    },
    merge: 'one per day',
  },
  OtherDisclosure: {
    triggers: { decision: [], outlookHeld: [], remedies: [], insurance: ['negation'], calendar: STATED, remediation: STATED, restored: ['negation'] },
    sentenceBlockers: EVERYWHERE,
    facts: { summary: SUMMARY },
    merge: 'one per kind',
  },
};

/** The types that tell their disclosures apart by day: an undated candidate joins the day it belongs to. */
export const TYPES_MERGED_PER_DAY = (Object.keys(DISCLOSURE_RULES) as RecordableType[]).filter((type) => DISCLOSURE_RULES[type].merge === 'one per day');
