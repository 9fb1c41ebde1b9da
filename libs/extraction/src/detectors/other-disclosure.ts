import { isExpectation } from '../cues/hedge';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { triggerPattern } from '../rules/engine';
import { RECOVERY_NOUN } from './systems-restored';
import { clauseText, isDenied, statedTriggers, triggersIn } from './triggers';

const RECOVERY_WORK = /\b(?:retablissement|restoration|recovery|reprise)\b/;

/** Recovery expected or under way, remediation work and the company's stance: one "other" disclosure per article. */
export const detectOtherDisclosure: Detector = (sentence, article) => {
  if (sentence.background || sentence.analyst) return [];
  const expectedRecovery = triggersIn(sentence, triggerPattern('restored', article.language)).some((trigger) => {
    if (isDenied(sentence, trigger)) return false;
    const clause = clauseText(sentence, trigger.clause);
    return isExpectation(clause) || (RECOVERY_WORK.test(sentence.folded.slice(trigger.index, trigger.end + 1)) || RECOVERY_NOUN.test(sentence.folded.slice(trigger.index))) && isExpectation(sentence.folded);
  });
  const stance = triggersIn(sentence, triggerPattern('stance', article.language)).length > 0;
  if (!expectedRecovery && !stance && statedTriggers(sentence, triggerPattern('remediation', article.language)).length === 0) return [];
  return [candidateOf('OtherDisclosure', sentence, { summary: summaryOf(sentence.raw) }, null, 0.55)];
};
