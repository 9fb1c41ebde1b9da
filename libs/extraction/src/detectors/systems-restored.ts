import { isExpectation } from '../cues/hedge';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { systemsIn } from './noun-phrases';
import { clauseText, dateOfTrigger, isDenied, triggersIn } from './triggers';

export const RESTORED = new RegExp(
  [
    String.raw`restored|restoring|restores?|restoration|back online|back up and running|up and running again|back in (?:service|operation)|(?:brought|bring|bringing|brings) (?:[\w'-]+ ){0,4}?back(?: online| up| into service)?|resumed|resuming|resumes?|reopened|reconnected|returned to normal|return to normal|back to normal|(?:operating|working|functioning|running) (?:normally|as normal)|fully operational|restarted|restart|restarting|recovered|recovery of`,
    String.raw`retabli\w*|restaure\w*|remis\w* en (?:ligne|service|route|fonctionnement)|remise en (?:ligne|service|route)|redemarr\w*|reprise (?:partielle |progressive |complete |totale )?(?:de |des |du )|repris (?:le |la |les |ses |son |sa )|reconnecte\w*|(?:de nouveau|a nouveau) (?:operationnel|accessible|disponible|en ligne|normalement|en service|en fonctionnement)\w*|fonctionn\w* (?:(?:de nouveau|a nouveau) )?normalement|(?:a|ont) (?:(?:progressivement|partiellement|totalement|pleinement) )?repris\b|relance\w* (?:ses|les|son|sa|leurs?) (?:systemes|serveurs|sites|usines|services|production|activites?)|retour a la normale|revenue?s? a la normale`,
  ].map((alternative) => `\\b(?:${alternative})`).join('|'),
  'g',
);

/** Recovery named as a thing ("le redémarrage", "a return to normal"): expected when the sentence expects it. */
export const RECOVERY_NOUN = /^(?:restoration|recovery|restart\b|return to normal|redemarrage|retablissement|reprise|remise en|retour a la normale)/;

const PARTIAL =
  /\b(?:partial\w*|partiel\w*|partly|en partie|some|certain\w*|several|plusieurs|progressive\w*|gradual\w*|une partie|part of|most|la plupart|majority|majorite|\w+ (?:de ses|of its) \w+)\b/;
const FULL = /\b(?:fully|completely|entirely|entierement|totalement|integralement|all (?:its |of its )?systems|tous (?:ses|les) systemes|completement)\b/;

/**
 * Systems back in service, stated as done. A recovery that is expected or under way is left to the
 * other-disclosure detector; a partial one says so.
 */
export const detectSystemsRestored: Detector = (sentence) => {
  if (sentence.background || sentence.analyst) return [];
  for (const trigger of triggersIn(sentence, RESTORED)) {
    if (isDenied(sentence, trigger) || isExpectation(clauseText(sentence, trigger.clause))) continue;
    if (/^(?:restoration|recovery of|retablissement)/.test(sentence.folded.slice(trigger.index))) continue;
    if (RECOVERY_NOUN.test(sentence.folded.slice(trigger.index)) && isExpectation(sentence.folded)) continue;
    const clause = clauseText(sentence, trigger.clause);
    const partial = !FULL.test(clause) && PARTIAL.test(clause);
    const occurredOn = dateOfTrigger(sentence, trigger);
    const systems = systemsIn(sentence, trigger.clause.start, trigger.clause.end);
    return [candidateOf('SystemsRestored', sentence, { partial, systems, summary: summaryOf(sentence.raw) }, occurredOn, 0.8, occurredOn ?? '')];
  }
  return [];
};
