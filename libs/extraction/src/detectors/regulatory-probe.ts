import { ArticleView, SentenceView } from '../article';
import { isRegulatorsWork } from './company-own-probe';
import { currentYearOf, isEarlierYear } from '../cues/history';
import { clauseAt } from '../text/clauses';
import { findRegulators, RegulatorMention } from '../regulators/find-regulators';
import { Candidate, summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { authorityNamedBefore, nearestProbe, nearProbe, uniqueNamed } from './probe-authority';
import { stageOf } from './probe-stage';
import { regulatorKey } from './regulator-notified';
import { clauseText, dateOfTrigger, phraseAt, sentenceBlocked, Trigger, triggersFor } from './triggers';
import { blockerPattern, startsWithWordOf } from '../rules/engine';

/** A step in a probe already open: findings published, a referral to the next phase. */
const STEP =
  /\b(?:(?:published|issued|set out|released|publie\w*|rendu\w*) (?:its |their |ses |leurs |des |les )?(?:provisional|interim|final|preliminary|provisoires?|preliminaires?|finales?|definitives?) (?:findings|report|decision|conclusions|rapport|decisions?)|provisional findings|statement of objections|(?:communication|notification) (?:des |de )?griefs|conclusions provisoires|rapport preliminaire|(?:moved|referred|escalated) (?:[\w-]+ ){0,3}(?:to|into|for) (?:an? )?(?:phase 2|phase two|in-depth|second phase)|(?:passee?|entree?) en (?:phase 2|seconde phase|deuxieme phase)|(?:widen\w*|extend\w*|expand\w*|broaden\w*|elargi\w*|etend\w*) (?:its |the |an |a |son |sa |l'|une? )?(?:existing |ongoing |current |en cours )?(?:investigation|probe|inquiry|review|enquete|procedure|examen|controle))\b/;
const OPENING = /\b(?:open\w*|launch\w*|start\w*|began|begun|initiat\w*|announced (?:an? |its )|ouv\w*|lanc\w*|engag\w*|declench\w*)\b/;
/**
 * A probe named as the one someone runs is under way, not opened: "who chairs the group running the CMA
 * investigation"; a regulator "making enquiries" after a report is asking, not opening a probe.
 */
const ONGOING =
  /\b(?:running|leading|making|overseeing|heading|in charge of|dirigeant|pilotant|en charge de|charge de|continu\w*|poursui\w*|ongoing|existing)\s(?:[\w'-]+\s){0,4}$/;
/**
 * A probe word followed by its going on, its scope between at most: "its investigation is continuing",
 * "its investigation into the firm was ongoing", "l'enquête sur ses comptes se poursuit".
 */
const ONGOING_AFTER =
  /^\s(?:(?:is|was|are|were|remains?|remained)\s(?:still\s)?)?(?:continuing|continues|ongoing|under way|underway)\b|^\s(?:se poursui\w*|(?:est|reste) (?:toujours )?en cours)\b|^(?:\s(?:into|of|on|over|by|sur|concernant|visant|de|du|des|d'\S+)(?:\s[\w'-]+){0,7}?)\s(?:(?:is|was|are|were|remains?|remained)\s(?:still\s)?(?:continuing|ongoing|under way|underway)|continues|se poursui\w*|(?:est|reste) (?:toujours )?en cours)\b/;
/** Settlement as a stage of payments ("its settlement controls", "the settlement engine") ends no probe. */
const PAYMENT_SETTLEMENT = String.raw`(?:controls?|systems?|engines?|environment|process(?:es|ing)?|platforms?|operations|services?|accounts?|funds|times?|flows?|cycles?|payments?|failures?|banks?|networks?|infrastructure|arrangements|risk|delays?)\b`;
const CLOSED = new RegExp(
  String.raw`\b(?:closed|clos|cloture\w*|ended|dropped (?:its|the|a|an) (?:investigation|probe|inquiry|case|review)|abandon\w*|classee? sans suite|concluded|terminated|(?:mis|met|mettant|mettre|mettra|mettait|mettent) fin|(?:brought|bring|bringing|brings) (?:[\w-]+ ){0,3}to an end|end(?:ing|s)? (?:the|its|a) (?:[\w-]+ )?(?:investigation|probe|inquiry|case)|settled|settle|settles|settlement(?! ${PAYMENT_SETTLEMENT})|to resolve|resolved|(?:deferred|non-)prosecution agreement|plea (?:agreement|deal)|pleaded guilty|accords? (?:transactionnel|de transaction|de poursuite differee|amiable)|transaction (?:penale|financiere|avec)|convention judiciaire d'interet public|cjip|plaide coupable|without (?:taking (?:any )?(?:further )?action|bringing (?:any )?charges|further action)|no further action|sans (?:prononcer de )?(?:sanctions?|suite)|non-lieu|fined?|fines|penalt(?:y|ies)|amendes?|sanction(?:s|ne\w*)?|condamn\w*|mise en demeure)\b`,
);
const STAGE_CLOSED =
  /\b(?:closed|clos|cloture\w*|ended|dropped (?:its|the|a|an) (?:investigation|probe|inquiry|case|review)|abandon\w*|classee? sans suite|concluded|terminated|(?:mis|met|mettant|mettre|mettra|mettait|mettent) fin|settled|non-lieu)\b/;
const OUTCOME =
  /\b(?:without [a-z ]{3,40}?|sans [a-z' ]{3,40}?|fined (?:[^,.;]|(?<=\d)[.,](?=\d)){2,40}?|(?:une )?amende de (?:[^,.;]|(?<=\d)[.,](?=\d)){2,40}?|no further action)(?=;|[.,](?!\d)|$)/;
/** A sanction the regulator could impose is not one imposed: "adding that it could impose a penalty of up to 10%". */
const POSSIBLE_SANCTION =
  /\b(?:could|may|might|would|can|risks?|faces?|facing|potential|possible|pourrai\w*|pourra|peut|risqu\w*|encour\w*|eventuel\w*|possibles?)\s(?:[\w'-]+\s){0,3}?(?:fines?|fined|penalt(?:y|ies)|amendes?|sanction(?:s|ne\w*)?)\b/g;
const SCOPE = /\b(?:into|of|on|over|regarding|concerning|about|sur|concernant|portant sur|visant|relative? a|au sujet de|dans)\s/;
const PAST = blockerPattern('past');

/** A regulator's investigation: opened (with its stage) or closed, one disclosure per regulator. */
export const detectRegulatoryProbe: Detector = (sentence, article) => {
  if (sentenceBlocked('RegulatoryProbeOpened', sentence)) return [];
  const probes = [
    ...triggersFor('RegulatoryProbeUpdated', 'probe', sentence, article.language),
    ...triggersFor('RegulatoryProbeUpdated', 'sanction', sentence, article.language),
  ]
    .sort((a, b) => a.index - b.index)
    .filter((trigger) => isRegulatorsWork(sentence, trigger));
  if (probes.length === 0) return [];
  const named = uniqueNamed(findRegulators(sentence.folded, sentence.raw)).filter((mention) => nearProbe(mention, probes));
  const regulators = named.length > 0 ? named : authorityNamedBefore(sentence, article, probes);
  // each authority takes the probe word nearest it: "X sanctionné par l'ACPR, l'AMF enquête", "X fined over a hack as Ofcom opens a probe"
  return regulators.flatMap((regulator) => probeOf(sentence, article, nearestProbe(regulator, probes), regulator, probes));
};

/** One authority's probe, opened or updated, read from its probe word. */
function probeOf(sentence: SentenceView, article: ArticleView, probe: Trigger, regulator: RegulatorMention, probes: Trigger[]): Candidate[] {
  // the authority's verb may stand before the probe word: "la CNIL a clos en mai, sans sanction, le contrôle ouvert après l'incident"
  // but not past another probe word before it, which is another matter ("X fined over a hack as Ofcom opens a probe")
  const start = Math.min(regulator.index, probe.clause.start);
  const from = Math.max(start, ...probes.filter((other) => other.end <= probe.index && other.end > start).map((other) => other.end));
  const closed = CLOSED.test(aroundProbe(sentence, probe, from).replace(POSSIBLE_SANCTION, ' '));
  // a probe closed or sanctioned before the article's news is background: "a separate review, closed last year"
  if (closedInThePast(sentence, probe)) return [];
  const sanctioned = startsWithWordOf('sanction', article.language, sentence.folded.slice(probe.index));
  const stepped = !closed && (sanctioned || (STEP.test(sentence.folded) && !openedNow(sentence, article)));
  if (
    !closed &&
    !stepped &&
    probes.some((trigger) => ONGOING.test(sentence.folded.slice(0, trigger.index)) || ONGOING_AFTER.test(sentence.folded.slice(trigger.end))) &&
    !OPENING.test(sentence.folded)
  )
    return [];
  return [closed || stepped ? updated(sentence, regulator) : opened(sentence, regulator, probe)];
}

/**
 * The sentence tells of a probe opened, now: an opening set earlier ("the CMA, which began investigating
 * in late 2024, said in a statement of objections…", "opened last year") is background to the step it reports.
 */
function openedNow(sentence: SentenceView, article: ArticleView): boolean {
  const opening = OPENING.exec(sentence.folded);
  if (!opening) return false;
  const clause = clauseText(sentence, clauseAt(sentence.clauses, opening.index));
  return !PAST.test(clause) && !isEarlierYear(clause, currentYearOf('', article.publishedOn));
}

/** The probe's clause and the next one ("a clos la procédure, sans prononcer de sanction"). */
function aroundProbe(sentence: SentenceView, probe: Trigger, from = probe.clause.start): string {
  const next = sentence.clauses.find((clause) => clause.start >= probe.clause.end);
  return sentence.folded.slice(from, next ? next.end : probe.clause.end);
}

/** Closed or sanctioned, up to the clause after the probe word, at a time before the news: "closed last year", "clos l'an dernier". */
function closedInThePast(sentence: SentenceView, probe: Trigger): boolean {
  const upToProbe = aroundProbe(sentence, probe, 0).replace(POSSIBLE_SANCTION, ' ');
  return CLOSED.test(upToProbe) && PAST.test(upToProbe);
}

function opened(sentence: SentenceView, regulator: RegulatorMention, probe: Trigger): Candidate {
  const facts = { regulator: regulator.regulator, scope: scopeOf(sentence, probe), stage: stageOf(sentence.folded) };
  return candidateOf('RegulatoryProbeOpened', sentence, facts, dateOfTrigger(sentence, probe), 0.8, regulatorKey(regulator.regulator));
}

function updated(sentence: SentenceView, regulator: RegulatorMention): Candidate {
  const outcome = OUTCOME.exec(sentence.folded);
  const facts = {
    regulator: regulator.regulator,
    stage: STAGE_CLOSED.test(sentence.folded) ? 'closed' : CLOSED.test(sentence.folded) ? undefined : stageOf(sentence.folded),
    outcome: outcome ? phraseAt(sentence, outcome.index, outcome.index + outcome[0].length) : undefined,
    summary: summaryOf(sentence.raw),
  };
  return candidateOf('RegulatoryProbeUpdated', sentence, facts, null, 0.75, regulatorKey(regulator.regulator));
}

function scopeOf(sentence: SentenceView, probe: Trigger): string {
  const after = sentence.folded.slice(probe.end, probe.clause.end);
  const opener = SCOPE.exec(after);
  if (opener && opener.index < 40) {
    const start = probe.end + opener.index + opener[0].length;
    const scope = phraseAt(sentence, start, Math.min(probe.clause.end, start + 160));
    if (scope) return scope;
  }
  // without an opener, the probe word and what follows it in its clause ("examen du secteur"), else the clause
  const fromProbe = phraseAt(sentence, probe.index, probe.clause.end);
  if (fromProbe && fromProbe.includes(' ')) return fromProbe;
  return phraseAt(sentence, probe.clause.start, probe.clause.end) ?? summaryOf(sentence.raw);
}
