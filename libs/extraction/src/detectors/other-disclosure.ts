import { SentenceView } from '../article';
import { Language } from '../language';
import { isExpectation } from '../cues/hedge';
import { findRegulators } from '../regulators/find-regulators';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { AIMED_AT, detectSystemsRestored, purposeOfHire, RECOVERY_NOUN } from './systems-restored';
import { clauseText, sentenceBlocked, Trigger, triggersFor } from './triggers';

/** Work named as the purpose of a hire ("des experts mobilisés pour mener les investigations") is the hire's, not work under way. */
const PURPOSE = /\b(?:pour|afin d[e']|in order to)\s?$/;
const CONDITION = /\b(?:as soon as|des que|une fois que|lorsque|until|jusqu'a ce que)\b/;
/** Order back, said as done: "tout est rentré dans l'ordre" (not "close to normal", which is still under way). */
const NORMALISING = /\bordre\b/;
const RECOVERY_WORK = /\b(?:retablissement|restoration|recovery|reprise)\b/;
/** A recovery of nothing named is a promise of effort, not a disclosure: "working around the clock to get things back to normal". */
const OF_SOMETHING = /^\w+\s(?:[\w-]+\s)?(?:de|des|du|d'|of)\b/;
const NOTHING_NAMED = /\b(?:things|everything|matters|it all|les choses|tout)\s(?:(?:back|up|a|en)\s)?$/;

/** A recovery the outlook rests on is the outlook's premise, told with it: "the new forecast assumes the plants restart next week", "cette prévision suppose une reprise". */
const PREMISE =
  /\b(?:forecasts?|guidance|outlook|targets?|previsions?|objectifs?|perspectives?|fourchettes?)\b[^.;]{0,40}?\b(?:assumes?|assuming|is based on (?:the assumption|an assumption)|rests? on|suppose\w*|presuppose\w*|repose\w* sur|tabl\w* sur|s'appui\w* sur|part(?:ent)? du principe)\b/;
/** The kinds of "other" disclosure: each is one disclosure per article, whichever sentences state it. */
const STANCES = ['decision', 'outlookHeld', 'remedies', 'insurance', 'calendar'] as const;

/** Recovery expected or under way, remediation work and the company's stance, told apart by kind. */
export const detectOtherDisclosure: Detector = (sentence, article) => {
  if (sentenceBlocked('OtherDisclosure', sentence)) return [];
  const expectedRecovery = triggersFor('OtherDisclosure', 'restored', sentence, article.language).some((trigger) => {
    const clause = clauseText(sentence, trigger.clause);
    // a recovery that only sets when something else happens: "will update the market as soon as its systems are back"
    if (CONDITION.test(sentence.folded.slice(trigger.clause.start, trigger.index))) return false;
    if (NOTHING_NAMED.test(sentence.folded.slice(trigger.clause.start, trigger.index))) return false;
    if (PREMISE.test(sentence.folded.slice(0, trigger.index))) return false;
    // effort towards a recovery of nothing named: "mobilisées jour et nuit pour un redémarrage aussi rapide que possible"
    if (AIMED_AT.test(sentence.folded.slice(0, trigger.index)) && !OF_SOMETHING.test(sentence.folded.slice(trigger.index))) return false;
    // a recovery named as what advisers are hired for ("s'est entourée d'experts afin de … sécuriser le redémarrage") is the hire's purpose
    if (purposeOfHire(sentence, trigger, article.language)) return false;
    return (
      isExpectation(clause) ||
      ((RECOVERY_WORK.test(sentence.folded.slice(trigger.index, trigger.end + 1)) || RECOVERY_NOUN.test(sentence.folded.slice(trigger.index))) &&
        isExpectation(sentence.folded))
    );
  });
  // a return to order in a sentence that states the systems back ("tout est rentré dans l'ordre : le site fonctionne de
  // nouveau normalement") is the restoration done, not recovery under way
  const restoredDone = detectSystemsRestored(sentence, article).length > 0 && !isExpectation(sentence.folded);
  const remediation = triggersFor('OtherDisclosure', 'remediation', sentence, article.language).some(
    (trigger) =>
      !byRegulator(sentence, trigger) &&
      !PURPOSE.test(sentence.folded.slice(0, trigger.index)) &&
      !(restoredDone && NORMALISING.test(sentence.folded.slice(trigger.index, trigger.end))),
  );
  const kinds = [
    ...STANCES.flatMap((stance) => kindsOf(stance, stanceTriggers(stance, sentence, article.language), sentence)),
    ...(expectedRecovery || remediation ? ['recovery'] : []),
  ];
  // a sentence of several kinds ("accepted the findings and the fine will not change its guidance") states each of them
  return kinds.map((kind) => candidateOf('OtherDisclosure', sentence, { summary: summaryOf(sentence.raw) }, null, 0.55, kind));
};

/** A stance named as the reason for another move ("a abaissé son objectif en raison des gestes commerciaux envisagés") is not stated of its own. */
const CAUSE_BEFORE =
  /\b(?:en raison d(?:e|es|u|')|a cause d(?:e|es|u|')|du fait d(?:e|es|u|')|because of|due to|owing to|on account of)\s?(?:(?:the|its|la|le|les|l'|ses|son|sa)\s?)?$/;

function stanceTriggers(stance: (typeof STANCES)[number], sentence: SentenceView, language: Language): Trigger[] {
  return triggersFor('OtherDisclosure', stance, sentence, language).filter(
    (trigger) => !CAUSE_BEFORE.test(sentence.folded.slice(Math.max(0, trigger.index - 30), trigger.index)),
  );
}

/** A dividend kept ("will still pay the final dividend", "maintient son dividende") is a stance apart from the outlook held. */
const DIVIDEND = /\b(?:dividend\w*|payouts?|dividendes?|distribution|verser)\b/;

function kindsOf(stance: (typeof STANCES)[number], triggers: Trigger[], sentence: SentenceView): string[] {
  if (stance !== 'outlookHeld') return triggers.length > 0 ? [stance] : [];
  const dividend = triggers.filter((trigger) => DIVIDEND.test(sentence.folded.slice(trigger.index, trigger.end)));
  return [...(dividend.length < triggers.length ? [stance] : []), ...(dividend.length > 0 ? ['dividend'] : [])];
}

/** A regulator's view is its own: "les mesures correctives prises, selon l'autorité", "according to the regulator". */
const IN_THE_VIEW_OF = /\b(?:selon|d'apres|pour|according to|in the view of)\s$/;
const IN_THE_VIEW_OF_AUTHORITY =
  /\b(?:selon|d'apres|according to|in the view of) (?:l'|le |la |the )?(?:autorite|regulateur|gendarme|superviseur|authority|regulator|watchdog|supervisor)\b/;

/**
 * An investigation a regulator carries on is its own, not the company's ("the CMA is continuing its
 * investigation"), and so is work a regulator describes ("tient compte, selon l'autorité, des mesures correctives").
 */
function byRegulator(sentence: SentenceView, trigger: Trigger): boolean {
  if (IN_THE_VIEW_OF_AUTHORITY.test(sentence.folded.slice(0, trigger.index))) return true;
  return findRegulators(sentence.folded, sentence.raw).some((mention) => {
    if (mention.index < trigger.index && IN_THE_VIEW_OF.test(sentence.folded.slice(Math.max(0, mention.index - 20), mention.index))) return true;
    const between = sentence.folded.slice(mention.end, trigger.index);
    return !mention.generic && mention.end <= trigger.index && between.length <= 40 && !/[,;]|\b(?:and|et|but|mais|while|tandis)\b/.test(between);
  });
}
