/**
 * The words that make a sentence a candidate of a disclosure type, one table per language (`en.ts`,
 * `fr.ts`). Entries are regular-expression alternatives on folded text (lower case, no accents); each
 * starts at a word boundary. Triggers are applied in the article's language first (`triggerPattern`);
 * blockers in both languages (`blockerPattern`), by the cues that know their reach (a clause, a
 * sentence). Which vocabularies trigger which type, with which blockers, and how its candidates merge is
 * in `disclosure-rules.ts`; the detectors read the facts around a trigger; the cues for an earlier year
 * and another company's incident are grammar, not vocabulary, and stay in `cues/`.
 */
export interface Vocabulary {
  /** A cyber incident: BreachAnnounced. */
  breach: string[];
  /** Systems taken offline: SystemsTakenOffline. */
  offline: string[];
  /** Outside experts engaged: ExternalAdvisersEngaged (an adviser noun must follow). */
  engaged: string[];
  /** Outside experts helping, named before the verb: ExternalAdvisersEngaged ("experts are helping it"). */
  assisting: string[];
  /** An authority informed: RegulatorNotified (an authority must be named). */
  notified: string[];
  /** A complaint filed: RegulatorNotified, with the authority named after it, else as a complaint to an unnamed one. */
  complaint: string[];
  /** Systems back in service: SystemsRestored, or OtherDisclosure when expected or under way. */
  restored: string[];
  /** Effects on operations or results: OperationalImpactReported. */
  impact: string[];
  /** A regulator's investigation: RegulatoryProbeOpened, or RegulatoryProbeUpdated with a step. */
  probe: string[];
  /** A sanction or finding: always a step in a probe, RegulatoryProbeUpdated. */
  sanction: string[];
  /** Data taken or seen: DataExposureConfirmed (a data noun must stand near). */
  taken: string[];
  /** The company's outlook: GuidanceChanged when a direction word stands near. */
  guidance: string[];
  /** Remediation and investigations under way: OtherDisclosure. */
  remediation: string[];
  // The company's stance: OtherDisclosure, even when hedged or negative; each kind is its own disclosure.
  /** Its answer to a regulator's decision or findings: an appeal, an acceptance, a decision not to contest. */
  decision: string[];
  /** Its outlook, targets or dividend held, not changed: "no impact on its targets", "stuck to its margin target", "confirme ses objectifs". */
  outlookHeld: string[];
  /** Remedies offered to customers: credit monitoring, contacting those affected. */
  remedies: string[];
  /** Its financial calendar changed: a publication of results or accounts postponed ("décidé de reporter la publication de son chiffre d'affaires"). */
  calendar: string[];
  /** Insurance expected to pay for part of the incident's cost: "expects its cyber insurance to cover part of the losses". */
  insurance: string[];

  // Blockers: words that keep a trigger from being proposed, matched in both languages by the cues.
  /** Before a trigger in its clause, they deny it: "no evidence that", "n'avait révélé aucun". */
  negation: string[];
  /** Before a trigger in its clause, they make it possible, expected or hypothetical rather than stated ("would face", "en cas de"). */
  hedge: string[];
  /** Anywhere in a sentence, they rest it on unnamed sources or press reports. */
  rumour: string[];
  /** Anywhere in a sentence, they make it background: other companies in general, surveys, studies. */
  background: string[];
  /** Anywhere in a sentence, they make it an analyst's or broker's view. */
  analyst: string[];
  /** Near a closing word, they set a probe's end before the article's news: "closed last year", "clos l'an dernier". */
  past: string[];
}

export type VocabularyName = keyof Vocabulary;
export type BlockerName = 'negation' | 'hedge' | 'rumour' | 'background' | 'analyst' | 'past';

/** Vocabularies whose entries also end at a word boundary; the others may stop inside a word. */
export const WHOLE_WORDS: ReadonlySet<VocabularyName> = new Set<VocabularyName>([
  'breach',
  'offline',
  'notified',
  'complaint',
  'probe',
  'sanction',
  'taken',
  'guidance',
]);

/**
 * Who a sentence is about, read from its grammatical subject (`companies/attribution.ts`), one table per
 * language. Entries are regular-expression alternatives on folded text, matched where the sentence's
 * subject starts (after the openers), each ending at a word boundary.
 */
export interface AttributionWords {
  /** Leading adverbials skipped up to their comma before the subject: "In a statement on Tuesday,", "Dans la foulée,". */
  opener: string[];
  /** The subject company named without its name: "the group", "le groupe", "la société", "its chief executive". */
  subjectReference: string[];
  /** Pronouns that carry over the previous sentence's subject: "it", "il", "elle". */
  carryOver: string[];
  /** A common noun with a definite article as the subject ("the retailer", "le distributeur de…"): another company's when the sentence before was about one. */
  definiteDescriptor: string[];
  /** A company introduced with an indefinite article ("A German bakery group", "Un distributeur allemand"): another company, unless the sentence names the subject. */
  indefiniteDescriptor: string[];
  /** Another company named by what it is to the subject or the market: "a rival", "its former parent", "un concurrent", "l'ancien actionnaire". */
  otherDescriptor: string[];
  /** A role that makes a named person speak for the subject: ", its chief executive,", ", le directeur général,". */
  companyRole: string[];
  /** Verbs that follow a name standing as the sentence's subject: "said", "has", "a indiqué", "affirme". */
  subjectVerb: string[];
}

export type AttributionListName = keyof AttributionWords;

/** A short aside between commas, quoted or not, between a verb and its object: "confirme, « à ce stade », son objectif", "reaffirmed, for now, its guidance". */
export const ASIDE = String.raw`(?:, [«"“]?\s?[\w' ]{2,25}?\s?[»"”]?,)?`;
