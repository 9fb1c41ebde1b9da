import { PROBE_STAGES, ProbeStage } from '@ledger/disclosures';
import { SentenceView } from '../article';
import { findRegulators, RegulatorMention } from '../regulators/find-regulators';
import { Candidate, summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { regulatorKey } from './regulator-notified';
import { dateOfTrigger, phraseAt, statedTriggers, Trigger } from './triggers';

const PROBE = new RegExp(
  [
    String.raw`investigations?|investigating|probes?|probing|inquir(?:y|ies)|enquir(?:y|ies)|reviews?|reviewing|examinations?|market study|audits?|inspections?|proceedings|(?:formal )?case against`,
    String.raw`enquetes?|enqueter|examens?|examiner|instructions?|procedures?|controles?|information judiciaire|poursuites|mise en examen|investigations?`,
  ].map((alternative) => `\\b(?:${alternative})\\b`).join('|'),
  'g',
);
/** The company's own work, not a regulator's: "its internal investigation", "hired X to lead the investigation". */
const OWN_WORK = /\b(?:internal|interne|own|propre|lead|mener|menee?s?|assist with|help|forensic)\s(?:[\w-]+\s)?$/;
const CLOSED =
  /\b(?:closed|clos|cloture\w*|ended|dropped (?:its|the|a|an) (?:investigation|probe|inquiry|case|review)|abandon\w*|classee? sans suite|concluded|terminated|mis fin|settled|without (?:taking (?:any )?(?:further )?action|bringing (?:any )?charges|further action)|no further action|sans (?:prononcer de )?(?:sanctions?|suite)|non-lieu|fined|amende|sanctionn\w*|condamn\w*)\b/;
const STAGE_CLOSED = /\b(?:closed|clos|cloture\w*|ended|dropped (?:its|the|a|an) (?:investigation|probe|inquiry|case|review)|abandon\w*|classee? sans suite|concluded|terminated|mis fin|settled|non-lieu)\b/;
const OUTCOME = /\b(?:without [a-z ]{3,40}?|sans [a-z' ]{3,40}?|fined [^,.;]{2,40}?|(?:une )?amende de [^,.;]{2,40}?|no further action)(?=[,.;]|$)/;
const PROVISIONAL = /\b(?:provisional\w*|provisoire\w*|provisionally)\b/;
const REVIEW = /\b(?:reviews?|reviewing|preliminary|preliminaire|initial|premier examen|market study|etude de marche|controle|enquiries|assessing|examen|examin\w*)\b/;
const SCOPE = /\b(?:into|of|on|over|regarding|concerning|about|sur|concernant|portant sur|visant|relative? a|au sujet de|dans)\s/;
const STAGE_ORDER: ProbeStage[] = [...PROBE_STAGES];

/** A regulator's investigation: opened (with its stage) or closed, one disclosure per regulator. */
export const detectRegulatoryProbe: Detector = (sentence) => {
  if (sentence.background || sentence.analyst) return [];
  const probes = statedTriggers(sentence, PROBE).filter((trigger) => !OWN_WORK.test(sentence.folded.slice(Math.max(0, trigger.index - 30), trigger.index)));
  if (probes.length === 0) return [];
  const regulators = uniqueNamed(findRegulators(sentence.folded, sentence.raw));
  if (regulators.length === 0) return [];
  const probe = probes[0];
  const closed = CLOSED.test(aroundProbe(sentence, probe));
  return regulators.map((regulator) => (closed ? updated(sentence, regulator) : opened(sentence, regulator, probe)));
};

/** The probe's clause and the next one ("a clos la procédure, sans prononcer de sanction"). */
function aroundProbe(sentence: SentenceView, probe: Trigger): string {
  const next = sentence.clauses.find((clause) => clause.start >= probe.clause.end);
  return sentence.folded.slice(probe.clause.start, next ? next.end : probe.clause.end);
}

function opened(sentence: SentenceView, regulator: RegulatorMention, probe: Trigger): Candidate {
  const facts = { regulator: regulator.regulator, scope: scopeOf(sentence, probe), stage: stageOf(sentence.folded) };
  return candidateOf('RegulatoryProbeOpened', sentence, facts, dateOfTrigger(sentence, probe), 0.8, regulatorKey(regulator.regulator));
}

function updated(sentence: SentenceView, regulator: RegulatorMention): Candidate {
  const outcome = OUTCOME.exec(sentence.folded);
  const facts = {
    regulator: regulator.regulator,
    stage: STAGE_CLOSED.test(sentence.folded) ? 'closed' : undefined,
    outcome: outcome ? phraseAt(sentence, outcome.index, outcome.index + outcome[0].length) : undefined,
    summary: summaryOf(sentence.raw),
  };
  return candidateOf('RegulatoryProbeUpdated', sentence, facts, null, 0.75, regulatorKey(regulator.regulator));
}

export function stageOf(folded: string): ProbeStage {
  if (PROVISIONAL.test(folded)) return 'provisional';
  if (REVIEW.test(folded) && !/\b(?:formal\w*|formelle?s?|officielle?s?|approfondie?s?|in-depth)\b/.test(folded)) return 'review';
  return 'formal';
}

/** The later of two stages: a probe reported at several stages is at the furthest one. */
export function laterStage(a: ProbeStage, b: ProbeStage): ProbeStage {
  return STAGE_ORDER.indexOf(a) >= STAGE_ORDER.indexOf(b) ? a : b;
}

function scopeOf(sentence: SentenceView, probe: Trigger): string {
  const after = sentence.folded.slice(probe.end, probe.clause.end);
  const opener = SCOPE.exec(after);
  if (opener && opener.index < 40) {
    const start = probe.end + opener.index + opener[0].length;
    const scope = phraseAt(sentence, start, Math.min(probe.clause.end, start + 160));
    if (scope) return scope;
  }
  return phraseAt(sentence, probe.clause.start, probe.clause.end) ?? summaryOf(sentence.raw);
}

function uniqueNamed(mentions: RegulatorMention[]): RegulatorMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => !mention.generic && !seen.has(mention.regulator) && seen.add(mention.regulator));
}
