/**
 * Words that deny what follows them in the same clause: "no evidence that data was taken", "n'avait
 * révélé aucun vol de données", "ne sont pas affectées", "denied that shops stopped". Matched on folded
 * text. French "ne ... que" restricts rather than denies, so "ne" counts only with its second part.
 */
const DENIAL =
  /\b(?:not|no|never|none|nothing|neither|nor|without|denied|denies|deny|denying|refuted|dismissed|ruled out|rules out|aucun\w*|sans|ni|nie|nient|dement\w*|exclu\w*|pas d[e'])\b|n't\b|\bnon\b(?![ -]?autoris)/;
const FRENCH_NE = /\b(?:ne|n')\s?[^.]*?\b(?:pas|plus|jamais|aucun\w*|rien|nullement|guere|point)\b/;
/** Purposes ("to prevent wider access", "afin d'empêcher") name what did not happen. */
const PREVENTION = /\b(?:prevent\w*|avoid\w*|empech\w*|eviter|evite)\b/;

/** True when the folded text before a trigger, within its clause, denies it. */
export function isNegated(beforeTrigger: string): boolean {
  return DENIAL.test(beforeTrigger) || FRENCH_NE.test(beforeTrigger) || PREVENTION.test(beforeTrigger);
}

/** Denials that follow what they deny: "data theft has not been confirmed", "n'a pas été constaté". */
const AFTER_DENIAL =
  /^[^.]{0,60}?\b(?:(?:was|were|has|have|had|is|are) not (?:been )?(?:confirmed|established|found|detected|identified|verified|affected|impacted)|unconfirmed|(?:n'(?:a|ont|est|sont|etait|etaient)|ne (?:sont|soit))\s?pas (?:ete )?(?:confirm|constat|detect|affect|touch|identifi|etabli))/;

export function isDeniedAfter(afterTrigger: string): boolean {
  return AFTER_DENIAL.test(afterTrigger);
}
