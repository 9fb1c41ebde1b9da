import { PROBE_STAGES, ProbeStage } from '@ledger/disclosures';
import { ArticleView, SentenceView } from '../article';
import { currentYearOf, isEarlierYear } from '../cues/history';
import { clauseAt } from '../text/clauses';
import { findRegulators, RegulatorMention } from '../regulators/find-regulators';
import { Candidate, summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { regulatorKey } from './regulator-notified';
import { clauseText, dateOfTrigger, phraseAt, sentenceBlocked, Trigger, triggersFor } from './triggers';
import { blockerPattern, startsWithWordOf } from '../rules/engine';

/**
 * The company's own work, not a regulator's: "its internal investigation", "hired X to lead the investigation",
 * and the one authorities help with ("to support its investigation", "l'accompagne dans ses investigations").
 */
const OWN_WORK =
  /\b(?:(?:internal|interne|own|propres?|lead|mener|menee?s?|assist with|help|forensic|technical)\s(?:[\w-]+\s)?|(?:support\w*|assist\w*|help\w*|aid\w*|accompagn\w*|appui\w*|aide\w*|soutien\w*)\s(?:(?:with|in|on|the|its|their|dans|a|en|ses|leurs?|son|sa|company's|group's)\s){1,3}(?:(?:own|internal|propres?|interne)\s)?)$/;
/**
 * Work the company commissions is its own: "commissioned an independent review of its procedures", "brought in a
 * consultancy to review how the migration was carried out", "a mandaté un cabinet pour auditer".
 */
const COMMISSIONED = /\b(?:commission\w*|command\w*)\s(?:an?|the|its|une?|un|son|sa)\s(?:[\w-]+\s){0,2}?$/;
const HIRED_FOR =
  /\b(?:engaged|hired|retained|brought in|called in|appointed|commissioned|instructed|mandate\w*|missionne\w*|fait appel a)\s[^.;]{0,80}?\b(?:to|pour|afin d(?:e\s|'))\s?$/;
/** The company's own work named after the probe word: "l'enquête interne", "l'enquête technique", "an investigation carried out internally". */
const OWN_WORK_AFTER =
  /^\s(?:internes?|en interne|internally|techniques?|forensiques?|numeriques?|(?:carried out|conducted|led|menee?s?|conduite?s?) (?:internally|en interne|par (?:le groupe|la societe|l'entreprise)|by the (?:company|group)))\b/;
/** An authority helping, before the company's probe word or after it: "l'Anssi appuie le groupe dans son enquête". */
const HELPING = /\b(?:support\w*|assist\w*|help\w*|aid(?:s|ed|ing)?|accompagn\w*|appui\w*|aide\w*|soutien\w*|epaul\w*)\b/;
/** "its investigation, which is supported by the NCSC", "son enquête, menée avec l'appui de l'Anssi". */
const HELPED_BY =
  /\b(?:(?:supported|assisted|helped|aided|backed) by|with the (?:help|support|assistance|backing) of|avec l'(?:aide|appui|assistance|soutien) de|(?:appuyee?|aidee?|soutenue?|accompagnee?|epaulee?)s? par)\b/;
/** The company's probe word: "its investigation", "the group's inquiry", "son enquête". */
const POSSESSED = /\b(?:its|their|son|sa|ses|leurs?|(?:the )?(?:company|group|firm|bank|insurer|retailer|operator)'s)\s(?:[\w-]+\s)?$/;

/** The company investigating itself, named by a pronoun or a reference: "says it is investigating whether", "nous enquêtons". */
const OWN_SUBJECT =
  /\b(?:it|we|il|elle|nous|the (?:company|group|firm)|le groupe|la societe)\s(?:(?:is|are|was|were|has been|have been|had been)\s(?:still\s|now\s|also\s)?)?$/;

/** The probe word names a kind of firm: "cabinet d'investigation numérique", "investigation firm". */
const FIRM_BEFORE = /\b(?:cabinet|societe|firme|entreprise|prestataire|specialiste|experts?)s? (?:d'|de |en )$/;
const FIRM_AFTER = /^(?:\s[\w-]+)?\s(?:firms?|compan(?:y|ies)|specialists?|experts?|consultants?|services|teams?)\b/;
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
/** How far a regulator may stand from the probe word and still be the one probing, in characters. */
const REGULATOR_REACH = 120;
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
const PROVISIONAL = /\b(?:provisional\w*|provisoire\w*|provisionally)\b/;
const REVIEW =
  /\b(?:reviews?|reviewing|preliminary|preliminaire|initial|premier examen|market study|etude de marche|controle|enquiries|assessing|examen|examin\w*)\b/;
const SCOPE = /\b(?:into|of|on|over|regarding|concerning|about|sur|concernant|portant sur|visant|relative? a|au sujet de|dans)\s/;
const PAST = blockerPattern('past');
const STAGE_ORDER: ProbeStage[] = [...PROBE_STAGES];

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

function nearestProbe(mention: RegulatorMention, probes: Trigger[]): Trigger {
  const distance = (probe: Trigger) => Math.min(Math.abs(mention.index - probe.end), Math.abs(probe.index - mention.end));
  return probes.reduce((best, probe) => (distance(probe) < distance(best) ? probe : best));
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

/** A probe word that is not the company's own work nor part of a firm's description. */
function isRegulatorsWork(sentence: SentenceView, trigger: Trigger): boolean {
  const before = sentence.folded.slice(Math.max(0, trigger.index - 30), trigger.index);
  const helped =
    POSSESSED.test(before) &&
    (HELPING.test(sentence.folded.slice(Math.max(0, trigger.index - 60), trigger.index)) || HELPED_BY.test(sentence.folded.slice(trigger.end)));
  const after = sentence.folded.slice(trigger.end, trigger.end + 40);
  const commissioned = COMMISSIONED.test(before) || HIRED_FOR.test(sentence.folded.slice(Math.max(0, trigger.index - 120), trigger.index));
  const ownSubject = sentence.attribution === 'subject' && OWN_SUBJECT.test(before) && !regulatorActsBefore(sentence, trigger.index);
  return (
    !helped && !commissioned && !ownSubject && !OWN_WORK.test(before) && !OWN_WORK_AFTER.test(after) && !FIRM_BEFORE.test(before) && !FIRM_AFTER.test(after)
  );
}

/** An authority told or worked with is an object ("reported it to the ICO"); one named otherwise may be what "it" stands for. */
const AS_OBJECT =
  /\b(?:to|with|told|informed|notified|alerted|contacted|a|au|aux|aupres d(?:e|u|es)|avec|informe|notifie|prevenu|alerte)\s(?:the\s|l'|la\s|le\s)?$/;

/** "after the FTC took the step of confirming that it is investigating": an authority acting before the pronoun. */
function regulatorActsBefore(sentence: SentenceView, index: number): boolean {
  return findRegulators(sentence.folded, sentence.raw).some(
    (mention) => mention.index < index && !AS_OBJECT.test(sentence.folded.slice(Math.max(0, mention.index - 20), mention.index)),
  );
}

/** An authority named by what it is: "the regulator", "the watchdog", "le régulateur", "le gendarme". */
const AUTHORITY_NOUN =
  /\b(?:the (?:(?:competition|data|markets?|financial|energy|privacy) )?(?:regulator|watchdog|supervisor)|(?:le|du|au) (?:regulateur|gendarme|superviseur)(?! (?:de|des|du|d')\b)|^(?:[\w-]+, )?(?:sa|son) (?:presidente?|college))\b/g;
/**
 * The authority's own act right after it: a probe opened with an indefinite article ("opened an investigation", "a ouvert une
 * enquête"), also as reported ("the watchdog said on Friday it had opened an inquiry"), or a sanction; "opened its phase 2
 * review in April" recalls a probe, "the regulator stressed that…" reports a view.
 */
const OWN_ACT_AFTER =
  /^\s(?:(?:said|says|announced|confirmed|a (?:indique|annonce|confirme)|indique|annonce|confirme)\s(?:[\w-]+\s){0,2}?(?:that\s)?(?:it|qu'il|qu'elle|avoir)\s)?(?:(?:has|had|have|a|avait|also|aussi|egalement|then|ensuite)\s){0,2}(?:(?:opened|launched|started|begun|began|initiated|ouvert|ouvre|lance|engage)\s(?:a|an|une|un)\b|(?:fined|imposed|issued|inflige|prononce|adresse|notifie)\b)/;
/** How many sentences back the authority named by what it is may have been named. */
const AUTHORITY_LOOKBACK = 3;

/** "On Friday the regulator opened an investigation": the authority the article named last, in the sentences just before. */
function authorityNamedBefore(sentence: SentenceView, article: ArticleView, probes: Trigger[]): RegulatorMention[] {
  const noun = [...sentence.folded.matchAll(AUTHORITY_NOUN)]
    .map((match) => ({ index: match.index ?? 0, end: (match.index ?? 0) + match[0].length }))
    .find((mention) => nearProbe({ ...mention, regulator: '', generic: false }, probes) && OWN_ACT_AFTER.test(sentence.folded.slice(mention.end)));
  if (!noun) return [];
  const at = article.sentences.indexOf(sentence);
  for (const earlier of article.sentences.slice(Math.max(0, at - AUTHORITY_LOOKBACK), at).reverse()) {
    const last = uniqueNamed(findRegulators(earlier.folded, earlier.raw)).at(-1);
    if (last) return [{ ...noun, regulator: last.regulator, generic: false }];
  }
  return [];
}

function nearProbe(mention: RegulatorMention, probes: Trigger[]): boolean {
  return probes.some((probe) => Math.min(Math.abs(mention.index - probe.end), Math.abs(probe.index - mention.end)) <= REGULATOR_REACH);
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

export function stageOf(folded: string): ProbeStage {
  if (PROVISIONAL.test(folded)) return 'provisional';
  if (/\b(?:phase (?:2|two)|second phase|seconde phase|deuxieme phase)\b/.test(folded)) return 'formal';
  if (/\b(?:phase (?:1|one)|first phase|premiere phase)\b/.test(folded)) return 'review';
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
  // without an opener, the probe word and what follows it in its clause ("examen du secteur"), else the clause
  const fromProbe = phraseAt(sentence, probe.index, probe.clause.end);
  if (fromProbe && fromProbe.includes(' ')) return fromProbe;
  return phraseAt(sentence, probe.clause.start, probe.clause.end) ?? summaryOf(sentence.raw);
}

function uniqueNamed(mentions: RegulatorMention[]): RegulatorMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => !mention.generic && !seen.has(mention.regulator) && seen.add(mention.regulator));
}
