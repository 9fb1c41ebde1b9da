import { SentenceView } from '../article';
import { findRegulators } from '../regulators/find-regulators';
import { clauseAt } from '../text/clauses';
import { Language } from '../language';
import { Candidate, summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { phraseAt, sentenceBlocked, triggersFor } from './triggers';

const ADVISER =
  /\b(?:experts?|specialists?|specialistes?|consultants?|consultanc(?:y|ies)|consulting|forensics|advis[eo]rs?|advisory|conseils?|forensic|investigators?|cabinets?|prestataires?|firms?|societes? specialisees?|entreprises? specialisees?|responders?|incident response|reponse (?:a|aux) incidents?)\b/;
/** A firm named by the trade its name ends on: "Kestrel Forensics", "Orléa Cybersécurité", "Tarn Consulting". */
const FIRM_NAME = /\p{Lu}[\p{L}&'’-]*\s(?:Security|Cyber|Cybersecurity|Cybersécurité|Forensics|Consulting|Consultancy|Partners|Advisory|Conseil|Sécurité)\b/u;
/** Firms commonly engaged after an incident; a name alone ("hired Mandiant") says it is an adviser. */
const KNOWN_FIRMS =
  /\b(?:mandiant|kroll|crowdstrike|deloitte|pwc|kpmg|ey|accenture|palo alto networks|unit 42|sygnia|fti consulting|orange cyberdefense|thales|wavestone|capgemini|sekoia|microsoft|google cloud|ibm|secureworks|nccgroup|ncc group|arctic wolf|rapid7|check point)\b/;
const NOT_ADVISERS = /^\s*(?:the |les |la |l'|le )?(?:authorities|autorites|police|regulators?|law enforcement|gendarmerie|forces de l'ordre)/;
/** Where the adviser phrase ends: a purpose, a relative clause, or the next verb of a list ("... et prévenu le FBI"). */
const PHRASE_END =
  /\s(?:to|in order|pour|afin|that|which|who|qui|que|and (?:had|has|have|was|is)|et (?:a|ont|avait)|(?:and|et) \w+(?:ed|e|i|is|it|u)s? (?:the|its|le|la|les|l'|un|une|des|ses|son|sa)|n'|ne)\b|[,;.:]|$/;

/** Outside experts engaged by the company: one per article, naming them as written. */
export const detectAdvisers: Detector = (sentence, article) => {
  if (sentenceBlocked('ExternalAdvisersEngaged', sentence)) return [];
  for (const trigger of triggersFor('ExternalAdvisersEngaged', 'engaged', sentence, article.language)) {
    if (hiredByAuthority(sentence, trigger.clause.start, trigger.index)) continue;
    const named = advisersBeforeRelative(sentence, trigger.index);
    if (named) return [candidateOf('ExternalAdvisersEngaged', sentence, { advisers: named, summary: summaryOf(sentence.raw) }, null, 0.8)];
    const list = sentence.folded.slice(trigger.end, Math.min(sentence.folded.length, trigger.end + 160));
    const listRaw = sentence.raw.slice(trigger.end, trigger.end + list.length);
    // Authorities listed first ("working with the police, the ICO and specialists from X"): the advisers are a later item.
    const itemStart = opensOnAuthority(list, listRaw) ? laterItemWithAdviser(list, listRaw) : 0;
    if (itemStart < 0) continue;
    const start = trigger.end + itemStart;
    const after = sentence.folded.slice(start, Math.min(clauseAt(sentence.clauses, start).end, start + 120));
    const namesFirm = KNOWN_FIRMS.test(after.slice(0, 40)) || FIRM_NAME.test(sentence.raw.slice(start, start + 60));
    const adviser = ADVISER.exec(after);
    // the work commissioned, then who does it: "commissioned an independent review of its procedures by the consultancy X"
    const agent = adviser ? AGENT.exec(after.slice(0, adviser.index)) : null;
    if (!namesFirm && (!adviser || adviser.index > (agent ? 100 : 60))) continue;
    const from = agent ? (agent.index ?? 0) + agent[0].length : 0;
    const end = PHRASE_END.exec(after.slice(from + 1));
    const advisers = phraseAt(sentence, start + from, start + from + 1 + (end ? end.index : after.length - from - 1));
    return [candidateOf('ExternalAdvisersEngaged', sentence, { advisers, summary: summaryOf(sentence.raw) }, null, namesFirm || adviser ? 0.85 : 0.7)];
  }
  return advisersBeforeVerb(sentence, article.language);
};

/** The agent of the work a hire is for, right before the advisers: "a review … by the consultancy X", "un audit … confié au cabinet X". */
const AGENT = /\s(?:carried out |conducted |led |undertaken |done )?(?:by|par|confiee? (?:a|au|aux))\s(?:the\s|le\s|la\s|l')?(?:[\w-]+\s)?$/;

/**
 * The advisers named before a relative clause whose verb is the hire: "Investigators from X, which the company hired in August, found…",
 * or before an apposition whose relative pronoun is left out: "the audit by X, the firm it called in, showed…".
 */
const RELATIVE_HIRE =
  /,\s(?:(?:which|whom|who|that|que|qu')\s?(?:[\w&'-]+\s){0,3}?|the\s(?:[\w-]+\s)?(?:specialists|experts|firm|consultants|consultancy|investigators|advisers|advisors)\s(?:it|they|we|the (?:company|group|firm))\s)(?:(?:has|had|have|a|avait|ont|avaient)\s)?$/;

function advisersBeforeRelative(sentence: SentenceView, verbIndex: number): string | undefined {
  const relative = RELATIVE_HIRE.exec(sentence.folded.slice(0, verbIndex));
  if (!relative) return undefined;
  const clause = clauseAt(sentence.clauses, Math.max(0, relative.index - 1));
  const phrase = sentence.folded.slice(clause.start, relative.index);
  if (!ADVISER.test(phrase) && !KNOWN_FIRMS.test(phrase) && !ADVISER.test(relative[0])) return undefined;
  // the work's agent is who was hired: "the review by X, the firm it called in"
  const agent = [...phrase.matchAll(/\b(?:by|par)\s/g)].pop();
  return phraseAt(sentence, clause.start + (agent ? (agent.index ?? 0) + agent[0].length : 0), relative.index);
}

/** An authority as the one hiring: "the watchdog had appointed investigators", "l'AMF a désigné des enquêteurs". */
const AUTHORITY_BEFORE_VERB =
  /\b(?:watchdog|regulator|authority|supervisor|prosecutors?|police|autorite|regulateur|gendarme|superviseur|parquet)\s(?:(?:has|had|have|was|is|a|avait|ont|avaient)\s)?(?:also\s|aussi\s|egalement\s)?$/;
const AUXILIARIES = /^\s(?:(?:has|had|have|was|is|a|avait|ont|avaient)\s)?(?:also\s|aussi\s|egalement\s)?$/;

function hiredByAuthority(sentence: SentenceView, clauseStart: number, verbIndex: number): boolean {
  const before = sentence.folded.slice(clauseStart, verbIndex);
  if (AUTHORITY_BEFORE_VERB.test(before)) return true;
  return findRegulators(sentence.folded, sentence.raw).some(
    (mention) => mention.index >= clauseStart && mention.end <= verbIndex && AUXILIARIES.test(sentence.folded.slice(mention.end, verbIndex)),
  );
}

/** Where, in a list that opens on authorities, the first item naming advisers starts; -1 when none does. */
function laterItemWithAdviser(list: string, listRaw: string): number {
  for (const separator of list.matchAll(/,\s|\s(?:and|et|as well as|ainsi que)\s/g)) {
    const start = (separator.index ?? 0) + separator[0].length;
    const item = list.slice(start);
    if (!opensOnAuthority(item, listRaw.slice(start)) && (ADVISER.exec(item)?.index ?? 99) < 40) return start;
  }
  return -1;
}

/** A list item that opens on an authority: "the police", "les autorités", "l'ANSSI". */
function opensOnAuthority(folded: string, raw: string): boolean {
  return NOT_ADVISERS.test(folded) || findRegulators(folded, raw).some((mention) => !mention.generic && mention.index < 8);
}

/** Where the phrase naming the advisers starts, after a reporting verb: "M&S said [external experts] are helping". */
const REPORTED = /\b(?:said|says|added|that|indique|precise|explique|affirme|que|qu')\s?/g;

/** "External cyber security experts are helping it", "des experts l'accompagnent": the advisers come first. */
function advisersBeforeVerb(sentence: SentenceView, language: Language): Candidate[] {
  for (const trigger of triggersFor('ExternalAdvisersEngaged', 'assisting', sentence, language)) {
    const before = sentence.folded.slice(trigger.clause.start, trigger.index);
    const adviser = ADVISER.exec(before) ?? FIRM_NAME.exec(sentence.raw.slice(trigger.clause.start, trigger.index));
    if (!adviser || before.length - adviser.index > 60 || NOT_ADVISERS.test(before)) continue;
    const reported = [...before.matchAll(REPORTED)].pop();
    // a long clause before the advisers ("le président a salué le travail … du cabinet X, appelé en renfort") starts at their noun
    const start = trigger.clause.start + (reported ? (reported.index ?? 0) + reported[0].length : adviser.index > 30 ? adviser.index : 0);
    const advisers = phraseAt(sentence, start, trigger.index);
    return [candidateOf('ExternalAdvisersEngaged', sentence, { advisers, summary: summaryOf(sentence.raw) }, null, 0.8)];
  }
  return [];
}
