import { SentenceView } from '../article';
import { isHedged } from '../cues/hedge';
import { isNegated } from '../cues/negation';
import { Language } from '../language';
import { findRegulators, RegulatorMention } from '../regulators/find-regulators';
import { UNNAMED_COMPLAINT_AUTHORITY } from '../rules/fact-wording';
import { clauseAt } from '../text/clauses';
import { Candidate, summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { sentenceBlocked, Trigger, triggersFor } from './triggers';

/** The authority after the complaint, a short time phrase allowed between: "déposée le lendemain auprès du parquet", "plainte à la gendarmerie", "filed on Monday with the police"; not past another verb ("plainte et notifié l'incident à la CNIL"). */
const COMPLAINT_TARGET = /^\s*(?:(?!(?:et|and|puis|then)\s)[\w'-]+\s){0,3}?(?:(?:aupres (?:du|de la|des|de l')|with|to|a la|au|aux)\s|a l')/;
/**
 * The company was told by the authority, not the other way round: "notifiée par l'autorité", "informed by",
 * or the company is the verb's object: "the SFO had informed it of the investigation", "l'AMF l'a informée".
 */
const NOTIFIED_BY =
  /^\s(?:(?:par|by)(?!\s(?:the (?:company|group|firm)|la societe|le groupe|l'entreprise)\b)|it|us|him|her|the (?:company|group|firm|bank|board|lender|insurer))\b(?!\s(?:to|a|aux|of the (?:incident|attack|breach)))/;
/**
 * A passive whose agent is not the company: the company was told, by an authority or its letter ("avoir été
 * informé le 2 mars, par un courrier du régulateur, de l'ouverture…", "had been notified by letter"); "the
 * ICO was informed by the company" keeps the authority informed.
 */
const PASSIVE_BEFORE = /\b(?:ete|been|was|were|etait|etaient)\s$/;
const AGENT_AFTER =
  /^[^.;:]{0,60}?\b(?:par|by)\s(?!(?:the (?:company|group|firm|business)|la societe|le groupe|l'entreprise|its|ses|son|sa|leur|their|it|elle|lui)\b)/;
/** Who was informed is not an authority: "tardé à informer le marché", "kept investors informed". */
const INFORMED_OTHERS =
  /^\s(?:le marche|les marches|the market|markets|(?:its |the |ses |les |leurs )?(?:investors|investisseurs|actionnaires|shareholders|clients|customers|salaries|employees|staff|partenaires|partners|patients|users|utilisateurs))\b/;
const OBJECT_BEFORE = /\b(?:l'|lui\s)(?:en\s)?(?:(?:a|ont|avait|avaient|aurait|auraient)\s)?$/;
/** "Told" informs an authority only when the authority is its object: "told the ICO", not "told analysts the FCA was looking into it". */
const TOLD = /\btold$/;
const OBJECT_LEAD = /^\s(?:(?:both|also)\s)?(?:the\s)?$/;
/** An authority named only as an example of the ones just listed ("les autorités, y compris l'ICO"), or one of those a colon lists ("deux autorités prévenues : l'ANSSI et la CNIL"). */
const INCLUDING = /\b(?:y compris|including|notamment|such as|dont|among them|in particular|en particulier)\b|:\s/;

/** Authorities the company says it informed: one disclosure per authority. */
export const detectRegulatorNotified: Detector = (sentence, article) => {
  if (sentenceBlocked('RegulatorNotified', sentence)) return [];
  const found: Candidate[] = [];
  const notifications = triggersFor('RegulatorNotified', 'notified', sentence, article.language).filter(
    (trigger) =>
      !NOTIFIED_BY.test(sentence.folded.slice(trigger.end, trigger.end + 40)) &&
      !INFORMED_OTHERS.test(sentence.folded.slice(trigger.end, trigger.end + 40)) &&
      !OBJECT_BEFORE.test(sentence.folded.slice(Math.max(0, trigger.index - 16), trigger.index)) &&
      !(TOLD.test(sentence.folded.slice(trigger.index, trigger.end)) && !authorityAsObject(sentence, trigger.end) && !toldInPassive(sentence, trigger)) &&
      !(PASSIVE_BEFORE.test(sentence.folded.slice(Math.max(0, trigger.index - 12), trigger.index)) && AGENT_AFTER.test(sentence.folded.slice(trigger.end))) &&
      !authorityAsSubject(sentence, trigger),
  );
  if (notifications.length > 0) {
    for (const mention of informedAuthorities(sentence).filter((m) => !(m.generic && isHeading(sentence))))
      found.push(notified(sentence, mention.regulator, mention.generic ? 0.75 : 0.85));
  }
  for (const complaint of triggersFor('RegulatorNotified', 'complaint', sentence, article.language)) {
    found.push(notified(sentence, complaintTarget(sentence, complaint, article.language), 0.75));
  }
  return found;
};

/**
 * The authority is the one writing or telling, in the active voice: "the regulator said it had written to the company", "Ofcom has
 * contacted it"; a bare participle after it ("autorités prévenues", "the ICO, notified") is the passive.
 */
const SUBJECT_TO_VERB =
  /^\s(?:(?:said|says|added|stated|confirmed|explained)\s(?:that\s)?(?:it|they)\s(?:(?:had|has|have)\s)?|(?:had|has|have)\s)(?:also\s|already\s|since\s)?$/;

/** A past of writing has no passive participle to be mistaken for: "the PRA wrote to all insurers". */
const WROTE = /^(?:wrote|writes) to$/;

function authorityAsSubject(sentence: SentenceView, trigger: Trigger): boolean {
  return findRegulators(sentence.folded, sentence.raw).some(
    (mention) =>
      mention.index >= trigger.clause.start &&
      mention.end <= trigger.index &&
      (SUBJECT_TO_VERB.test(sentence.folded.slice(mention.end, trigger.index)) ||
        (/^\s$/.test(sentence.folded.slice(mention.end, trigger.index)) && WROTE.test(sentence.folded.slice(trigger.index, trigger.end)))),
  );
}

/** An authority told in the passive: "the ICO, which was told of the breach in January". */
const TOLD_PASSIVE_BEFORE = /\b(?:which|who|that)\s(?:was|were|had been|has been)\s$/;
const TOLD_OF = /^\s(?:of|about)\b/;

function toldInPassive(sentence: SentenceView, trigger: Trigger): boolean {
  return (
    TOLD_PASSIVE_BEFORE.test(sentence.folded.slice(Math.max(0, trigger.index - 24), trigger.index)) &&
    TOLD_OF.test(sentence.folded.slice(trigger.end, trigger.end + 8)) &&
    findRegulators(sentence.folded, sentence.raw).some((mention) => mention.end <= trigger.index)
  );
}

function authorityAsObject(sentence: SentenceView, verbEnd: number): boolean {
  return findRegulators(sentence.folded, sentence.raw).some(
    (mention) => mention.index >= verbEnd && OBJECT_LEAD.test(sentence.folded.slice(verbEnd, mention.index)),
  );
}

/** A bullet of a list ("* SAYS HAS NOTIFIED THE RELEVANT AUTHORITIES", "- Authorities notified") states what the company did, like a sentence. */
const LIST_ITEM = /^\s*[*•▪·–—-]\s/;

/**
 * A heading ("11:15 GMT – Regulators informed", "Authorities notified") names authorities only in general; the
 * entry under it says which. A line with no closing punctuation is a heading.
 */
function isHeading(sentence: SentenceView): boolean {
  return !/[.!?»"”)]\s*$/.test(sentence.raw) && !LIST_ITEM.test(sentence.raw);
}

function notified(sentence: SentenceView, regulator: string, confidence: number): Candidate {
  return candidateOf('RegulatorNotified', sentence, { regulator, summary: summaryOf(sentence.raw) }, null, confidence, regulatorKey(regulator));
}

export function regulatorKey(regulator: string): string {
  return regulator
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(?:the|les|la|le|l')\s*/, '')
    .trim();
}

/** An authority with a verb of its own that is still to come: "et la CNIL sera notifiée si nécessaire", "the ICO will be informed if needed". */
const HEDGED_OWN_VERB =
  /^\s(?:(?:[»"”]|[\w'-]+)\s){0,2}?(?:sera|seront|serait|seraient|pourra|pourrait|pourraient|devra|devrait|devraient|will|would|may|might|could|should)\s(?:(?:be|etre|also|aussi|egalement|then|ensuite)\s)*(?:notifiee?s?|informee?s?|prevenue?s?|saisie?s?|avisee?s?|notified|informed|told|alerted|contacted)\b/;

/** Authorities in the sentence that are not denied or hedged in their own clause; examples drop their umbrella term. */
function informedAuthorities(sentence: SentenceView): RegulatorMention[] {
  const mentions = findRegulators(sentence.folded, sentence.raw).filter((mention) => {
    const clause = clauseAt(sentence.clauses, mention.index);
    const before = sentence.folded.slice(clause.start, mention.index);
    const after = sentence.folded.slice(mention.end, clause.end);
    return !isNegated(before) && !isHedged(before) && !/\b(?:declined|refused|a refuse|n'a pas)\b/.test(before) && !HEDGED_OWN_VERB.test(after);
  });
  const named = mentions.filter((mention) => !mention.generic);
  return mentions.filter((mention) => {
    if (!mention.generic) return true;
    return !named.some((other) => other.index > mention.end && INCLUDING.test(sentence.folded.slice(mention.end, other.index)));
  });
}

/** A unit of the authority between the complaint and it: "auprès de la section cybercriminalité du parquet", "with the fraud unit of the police". */
const UNIT_OF =
  /^(?:la |le |l'|the )?(?:section|brigade|pole|division|unite|service|office|bureau|unit|department|squad|team)(?: [\w-]+){0,2} (?:du |de la |de l'|des |of the |of )$/;

/** Who a complaint was filed with: the authority named after it, else a complaint to an authority not named. */
function complaintTarget(sentence: SentenceView, complaint: Trigger, language: Language): string {
  // the complaint's own words may name the authority: "reported the attack to Police Scotland"
  const own = findRegulators(sentence.folded, sentence.raw).find((mention) => mention.index < complaint.end && mention.end > complaint.index);
  if (own) return own.regulator;
  const after = sentence.folded.slice(complaint.end, complaint.clause.end);
  const lead = COMPLAINT_TARGET.exec(after);
  if (lead) {
    const [target] = findRegulators(after, sentence.raw.slice(complaint.end, complaint.clause.end));
    if (target && (target.index < lead[0].length + 12 || UNIT_OF.test(after.slice(lead[0].length, target.index)))) return target.regulator;
  }
  return UNNAMED_COMPLAINT_AUTHORITY[language];
}
