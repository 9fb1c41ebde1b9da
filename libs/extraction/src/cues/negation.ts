import { blockerPattern } from '../rules/engine';

/**
 * Words that deny what follows them in the same clause: "no evidence that data was taken", "n'avait
 * révélé aucun vol de données", "ne sont pas affectées", "denied that shops stopped". Matched on folded
 * text; the words are in the rule tables (`negation`), purposes that name what did not happen
 * ("to prevent wider access", "afin d'empêcher") included.
 */
const DENIAL = blockerPattern('negation');
/** English contractions: "didn't", "wasn't". */
const CONTRACTED = /n't\b/;

/** True when the folded text before a trigger, within its clause, denies it. */
export function isNegated(beforeTrigger: string): boolean {
  const scope = cueScope(beforeTrigger);
  return DENIAL.test(scope) || CONTRACTED.test(scope) || NO_EVIDENCE.test(cueScope(beforeTrigger, Infinity));
}

/**
 * A denial of evidence reaches over the whole clause it governs, however long its subject: "found no evidence
 * that patient or employee data held on behalf of its customers was taken", "aucun élément ne permet de dire que…"; a time between the
 * evidence and its clause ("no evidence at this stage that"), and "any evidence" after a verb of finding whose "not" an aside
 * cut off ("has not, at this stage, identified any evidence that") deny it too.
 */
const NO_EVIDENCE =
  /\b(?:(?:no|not (?:found |seen |identified )?any|nor any|(?:found|seen|identified|detected|uncovered) any) (?:[\w-]+ )?(?:evidence|indication|sign|suggestion|trace)s? (?:(?:at this (?:stage|time|point)|so far|to date|yet|as yet|at present|currently),? )?(?:that|of)|aucun(?:e)? (?:[\w-]+ )?(?:preuve|element|indice|indication|signe|trace)s? (?:(?:a ce stade|a ce jour|pour l'instant|pour le moment),? )?(?:ne |n')?(?:permet|montre|indique|laisse|suggere|que|de|d')|rien (?:ne |n')(?:permet|montre|indique|laisse|suggere))\b/;

/**
 * The words a denial or a hedge can reach back from a trigger: at most a dozen, and none before a word
 * that starts a new thought ("...decided not to take orders because of the cyber attack": the attack is not denied), nor
 * before a second verb with its own auxiliary ("said it would cooperate and had hired…": the hire is not hedged).
 */
const SCOPE_END =
  /\b(?:because|due to|as a result of|owing to|following|amid|which|who|a cause d[eu']|en raison d[eu']|du fait d[eu']|suite a|qui|car|parce qu|but|mais|and (?:had|has|have)|et (?:avait|avaient|ont))\b/g;

export function cueScope(beforeTrigger: string, reach = 12): string {
  let start = 0;
  for (const match of beforeTrigger.matchAll(SCOPE_END)) start = (match.index ?? 0) + match[0].length;
  const words = beforeTrigger.slice(start).split(/\s+/);
  return words.slice(-Math.min(reach, words.length)).join(' ');
}

/** Denials that follow what they deny: "data theft has not been confirmed", "n'a pas été constaté". */
const AFTER_DENIAL =
  /^[^.]{0,60}?\b(?:(?:was|were|has|have|had|is|are) not (?:been )?(?:confirmed|established|found|detected|identified|verified|affected|impacted)|unconfirmed|(?:n'(?:a|ont|est|sont|etait|etaient)|ne (?:sont|soit))\s?pas (?:ete )?(?:confirm|constat|detect|affect|touch|identifi|etabli))/;

export function isDeniedAfter(afterTrigger: string): boolean {
  return AFTER_DENIAL.test(afterTrigger);
}
