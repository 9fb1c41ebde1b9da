import { isExpectation } from '../cues/hedge';
import { Candidate, summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { systemsIn } from './noun-phrases';
import { SentenceView } from '../article';
import { Language } from '../language';
import { clauseText, dateOfTrigger, sentenceBlocked, Trigger, triggersFor } from './triggers';

/** Recovery named as a thing ("le redémarrage", "a return to normal"): expected when the sentence expects it. */
export const RECOVERY_NOUN =
  /^(?:restoration|recovery|restart\b|return to normal|redemarrage|retablissement|reprise|remise en|retour a la normale|reouverture|reopening)/;

/** A recovery named as what work aims at ("mobilisées pour un redémarrage rapide", "working towards a full recovery") is not done. */
export const AIMED_AT = /\b(?:pour|for|towards?|vers|en vue d)(?:\s(?:un|une|le|la|a|the|an)\s|\s?l'|'un\s|'une\s)(?:[\w-]+\s)?$/;

/** A purpose between a hire of advisers and the recovery: "afin de", "pour", "to help", "in order to". */
const PURPOSE_BETWEEN = /\b(?:afin d(?:e\b|')|pour|in order to|to (?:help|support|assist|oversee|secure|ensure))/;

/** The company's own expectation coordinated after the hire ("works with X to restore its systems and hopes for a return to normal by Monday"). */
const OWN_EXPECTATION_AFTER_HIRE =
  /\b(?:and|et)\s(?:(?:now|still|desormais|toujours)\s)?(?:expects?|hopes?|aims?|plans?|anticipates?|esper\w*|compte\w*|prevoi\w*|vise\w*|table\w*|s'attend\w*)\b/;

/** A recovery named as what advisers are hired for ("hired X to help restore its systems", "s'est entourée d'experts afin de sécuriser le redémarrage"). */
export function purposeOfHire(sentence: SentenceView, trigger: Trigger, language: Language): boolean {
  const hired = triggersFor('ExternalAdvisersEngaged', 'engaged', sentence, language).some((hire) => {
    const between = sentence.folded.slice(hire.end, trigger.index);
    return hire.index < trigger.index && PURPOSE_BETWEEN.test(between) && !OWN_EXPECTATION_AFTER_HIRE.test(between);
  });
  // advisers helping with it: "specialists are helping the group restore its systems", "des experts aident le groupe à rétablir"
  const helping = triggersFor('ExternalAdvisersEngaged', 'assisting', sentence, language).some(
    (help) => help.index < trigger.index && trigger.index - help.end < 40,
  );
  return hired || helping;
}

/** Still being brought back is under way, not done: "systems are being brought back online", "sont en cours de rétablissement". */
const UNDER_WAY = /\b(?:(?:is|are|was|were) (?:now |still |gradually |progressively )?being|en cours de)\s$/;

/** What is left for later, after a recovery stated as done: "…for 80% of clients, the rest expected by Friday", "le reste devant être rebasculé". */
const REMAINDER = /,\s(?:the rest|the remainder|the remaining|remaining|le reste|les autres|les clients restants|le solde)\b.*$/;

const NEARLY = /\b(?:almost|nearly|close to|near|not yet|not quite|presque|quasi(?:ment)?|pratiquement|pas encore)\s$/;

const PARTIAL =
  /\b(?:partial\w*|partiel\w*|partly|en partie|some|certain\w*|several|plusieurs|progressive\w*|gradual\w*|une partie|part of|most|la plupart|majority|majorite|\w+ (?:de ses|of its) \w+)\b/;
const FULL =
  /\b(?:fully|completely|entirely|l'ensemble (?:de|des)|l'integralite|all (?:of )?(?:its|the)|tous les|toutes les|entierement|totalement|integralement|all (?:its |of its )?systems|tous (?:ses|les) systemes|completement)\b/;

/**
 * Systems back in service, stated as done. A recovery that is expected or under way is left to the
 * other-disclosure detector; a partial one says so.
 */
export const detectSystemsRestored: Detector = (sentence, article) => {
  if (sentenceBlocked('SystemsRestored', sentence)) return [];
  // restorations on two days in one sentence ("X came back on Wednesday, and by Thursday Y was running again") are two
  const found: Candidate[] = [];
  for (const trigger of triggersFor('SystemsRestored', 'restored', sentence, article.language)) {
    const clause = clauseText(sentence, trigger.clause);
    const stated = clause.replace(REMAINDER, '');
    if (isExpectation(stated)) continue;
    if (purposeOfHire(sentence, trigger, article.language)) continue;
    if (/^(?:restoration|recovery of|retablissement)/.test(sentence.folded.slice(trigger.index))) continue;
    // nearly back is still on the way: "almost back to normal", "presque revenu à la normale"
    if (NEARLY.test(sentence.folded.slice(0, trigger.index)) || UNDER_WAY.test(sentence.folded.slice(0, trigger.index))) continue;
    if (
      RECOVERY_NOUN.test(sentence.folded.slice(trigger.index)) &&
      (isExpectation(sentence.folded.replace(REMAINDER, '')) || AIMED_AT.test(sentence.folded.slice(0, trigger.index)))
    )
      continue;
    const partial = REMAINDER.test(sentence.folded.slice(trigger.index)) || (!FULL.test(clause) && PARTIAL.test(clause));
    const occurredOn = dateOfTrigger(sentence, trigger);
    if (found.length > 0 && (occurredOn === null || found.some((candidate) => candidate.occurredOn === occurredOn || candidate.occurredOn === null))) continue;
    const systems = systemsIn(sentence, trigger.clause.start, trigger.clause.end);
    found.push(candidateOf('SystemsRestored', sentence, { partial, systems, summary: summaryOf(sentence.raw) }, occurredOn, 0.8, occurredOn ?? ''));
  }
  return found;
};
