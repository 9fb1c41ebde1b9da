import { isExpectation } from '../cues/hedge';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { RECOVERY_NOUN, RESTORED } from './systems-restored';
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
/**
 * Where the company stands: its answer to a regulator, an outlook held, a remedy offered. Intentions
 * ("plans to appeal") and denials ("no impact on its targets") are the disclosure itself here, so
 * neither hedging nor negation blocks these.
 */
const STANCE = new RegExp(
  [
    // the company's answer to a regulator's decision or findings
    String.raw`(?:plans?|intends?|will|to|would|decided to|has decided to) appeal|appeal(?:ing)? against|(?:will|would) (?:not )?challenge|(?:accepts?|accepted) the (?:decision|ruling|fine|findings)|disagrees? with|(?:say|says|said|saying|argue\w*|claim\w*) (?:that )?the (?:findings|decision|ruling|proposals?|remedies)`,
    String.raw`(?:fera|faire|fait|interjete\w*) appel (?:de|contre)|interjete\w* appel|fera appel|sans faire appel|ne (?:fera|fait) pas appel|conteste\w* (?:la|cette|les) (?:decision|sanction|amende|conclusions)|accepte\w* (?:la|cette) (?:decision|sanction)|prend(?:re)? acte`,
    // an outlook held, not changed
    String.raw`(?:no|aucun\w*|pas d'|pas de|sans) (?:[\w-]+ ){0,2}(?:impact|incidence|effet|consequence|repercussion)s? (?:[\w-]+ ){0,3}(?:sur|on) (?:[\w'-]+ ){0,3}(?:objectifs|perspectives|previsions|performances?|resultats|guidance|outlook|forecasts?|targets|results)|(?:reaffirm\w*|confirm\w*|maintain\w*|reitera\w*|maintien\w*) (?:[\w-]+ ){0,3}(?:objectifs?|perspectives|previsions|guidance|outlook|forecasts?|targets)`,
    // remedies offered to customers
    String.raw`free credit monitoring|credit monitoring|surveillance (?:gratuite )?de credit|(?:getting|get|be) in touch with (?:every|all|each)|contact(?:ing|er)? (?:tous|all|every|each) (?:ses |its |of its )?(?:clients|customers)`,
  ].map((alternative) => `\\b(?:${alternative})`).join('|'),
  'g',
);
const RECOVERY_WORK = /\b(?:retablissement|restoration|recovery|reprise)\b/;

/** Recovery expected or under way, remediation work and the company's stance: one "other" disclosure per article. */
export const detectOtherDisclosure: Detector = (sentence) => {
  if (sentence.background || sentence.analyst) return [];
  const expectedRecovery = triggersIn(sentence, RESTORED).some((trigger) => {
    if (isDenied(sentence, trigger)) return false;
    const clause = clauseText(sentence, trigger.clause);
    return isExpectation(clause) || (RECOVERY_WORK.test(sentence.folded.slice(trigger.index, trigger.end + 1)) || RECOVERY_NOUN.test(sentence.folded.slice(trigger.index))) && isExpectation(sentence.folded);
  });
  const stance = triggersIn(sentence, STANCE).length > 0;
  if (!expectedRecovery && !stance && statedTriggers(sentence, REMEDIATION).length === 0) return [];
  return [candidateOf('OtherDisclosure', sentence, { summary: summaryOf(sentence.raw) }, null, 0.55)];
};
