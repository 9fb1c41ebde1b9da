import { blockerPattern } from '../rules/engine';
import { cueScope } from './negation';

/**
 * Words that make what follows them in the clause possible, expected or conditional rather than
 * stated: "may have been accessed", "pourraient avoir été consultées", "devrait avoir un impact", "if".
 * A word joined to another by a hyphen is part of a compound noun or adjective ("route-planning systems",
 * "the AIM-listed company") and hedges nothing.
 */
const HEDGE = new RegExp(String.raw`(?<!-)(?:${blockerPattern('hedge').source})(?!-)`);

/** Expected durations of something that is happening: "expected to last", "devrait durer". Not a hedge. */
const DURATION = /\b(?:expected to |expects? (?:it )?to |likely to |devrai\w* )(?:last|continue|persist|remain|durer|se poursuivre|persister)\b/g;

/**
 * French future in the past: "être" in the conditional after a past verb of saying ("prévenait qu'elle ne
 * serait pas en mesure de…", "a indiqué que ses sites seraient fermés") reports what the company said
 * would happen; it does not make it possible. Other conditionals ("pourrait", "devrait") stay hedges.
 */
const FUTURE_IN_THE_PAST =
  /\b(?:(?:prevenai|indiquai|precisai|expliquai|annoncai|affirmai|avertissai|ajoutai)\w*|(?:a|avait|ont|avaient) (?:prevenu|indique|precise|explique|annonce|affirme|averti|ajoute)) (?:que |qu')(?:[\w'-]+ ){0,3}?(?:ne |n')?serai(?:t|ent)\b/g;

/** True when the folded text before a trigger, within its clause, hedges it. */
export function isHedged(beforeTrigger: string): boolean {
  return HEDGE.test(cueScope(beforeTrigger.replace(FUTURE_IN_THE_PAST, ' ')).replace(DURATION, ' '));
}

/** A trigger that is the subject of a conditional: "une cyberattaque pourrait avoir des conséquences", "an outage could hit sales". */
const CONDITIONAL_AFTER = /^\s(?:[\w'-]+\s){0,2}?(?:pourrai(?:t|ent)|could|might)\s/;

/** True when the folded text right after a trigger makes it a hypothesis. */
export function isHedgedAfter(afterTrigger: string): boolean {
  return CONDITIONAL_AFTER.test(afterTrigger);
}

/** Recovery that is expected or under way rather than done: "working to restore", "retour attendu d'ici". */
const EXPECTATION =
  /\b(?:work(?:ing|s)? (?:[\w-]+ ){0,4}?to|to (?:fully )?(?:bring|restore|resume|reopen|recover|restart)|in the process of|in order to|with a view to|en vue d(?:e|u|es|')?|afin d(?:e|')?|progressively|gradually|expects?|expected|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|hop(?:es|ed|ing)|will|would|should|by the end of|helping|help (?:us |it |them |the (?:company|group|firm|bank) )?(?:to )?(?:restore|bring|recover|restart|reopen|rebuild)|aid(?:ent|e|er|ant|eront|era) (?:[\w'-]+ ){0,3}?a (?:retablir|restaurer|redemarrer|relancer|remettre)|travaill\w*|esper\w*|souhait\w*|en cours|s'efforce\w*|vis(?:e|ons|ez|ai|er)\w*|prevu\w*|prevoi\w*|attendue?s?|d'ici|devrai\w*|pourrai\w*|sera|seront|va|vont|progressi\w*|as soon as|des que|une fois que|aura|auront|prendr(?:a|ont|ait|aient)|will have)\b/;

/** A deadline met, told in a past tense: "had been fully restored by the end of February". */
const DONE_BY = /\b(?:had|has|have|was|were)\s(?:been\s)?(?:[\w-]+\s){0,3}?by the end of\b/g;

export function isExpectation(clause: string): boolean {
  return EXPECTATION.test(clause.replace(DONE_BY, ' '));
}
