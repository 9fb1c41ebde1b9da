import { isExpectation } from '../cues/hedge';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { RESTORED } from './systems-restored';
import { clauseText, isDenied, statedTriggers, triggersIn } from './triggers';

/** What the company says it is doing about the incident: remediation, investigations under way. */
const REMEDIATION = new RegExp(
  [
    String.raw`mesures correctives|corrective (?:measures|actions)|remediation|procedure de reponse aux incidents|incident response (?:plan|procedures?|protocols?)|plan de continuite|business continuity (?:plan|procedures)`,
    String.raw`accelere\w* (?:ses|son|sa|le|la|les) (?:projets?|plans?|migration|programmes?|investissements?)|accelerat\w* (?:its|the|a) (?:plans?|migration|programmes?|move|investment)`,
    String.raw`migration|migrer|renforcer (?:la|sa) securite|strengthen(?:ing)? (?:its )?(?:security|defences|defenses)`,
    String.raw`(?:further |de plus amples )?(?:investigations?|reviews?|enquetes?|analyses?) (?:(?:are|is|was|were|remains?|sont|est) )?(?:still )?(?:ongoing|en cours|continuing|under way|underway|se poursui\w*)`,
    String.raw`(?:investigations|enquete interne|analyses?) (?:[\w-]+ ){0,4}(?:sont|est) en cours`,
  ].map((alternative) => `\\b(?:${alternative})`).join('|'),
  'g',
);
const RECOVERY_WORK = /\b(?:retablissement|restoration|recovery|reprise)\b/;

/** Recovery expected or under way, and remediation work: one "other" disclosure per article. */
export const detectOtherDisclosure: Detector = (sentence) => {
  if (sentence.background || sentence.analyst) return [];
  const expectedRecovery = triggersIn(sentence, RESTORED).some((trigger) => {
    if (isDenied(sentence, trigger)) return false;
    const clause = clauseText(sentence, trigger.clause);
    return isExpectation(clause) || RECOVERY_WORK.test(sentence.folded.slice(trigger.index, trigger.end + 1)) && isExpectation(sentence.folded);
  });
  if (!expectedRecovery && statedTriggers(sentence, REMEDIATION).length === 0) return [];
  return [candidateOf('OtherDisclosure', sentence, { summary: summaryOf(sentence.raw) }, null, 0.55)];
};
