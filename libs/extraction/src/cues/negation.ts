/**
 * Words that deny what follows them in the same clause: "no evidence that data was taken", "n'avait
 * révélé aucun vol de données", "ne sont pas affectées", "denied that shops stopped". Matched on folded
 * text. French "ne ... que" restricts rather than denies, so "ne" counts only with its second part.
 */
const DENIAL =
  /\b(?:not|no|never|none|nothing|neither|nor|without|denied|denies|deny|denying|refuted|dismissed|ruled out|rules out|aucun\w*|sans|ni|nie|nient|dement\w*|exclu\w*|pas d[e'])\b|n't\b|\bnon\b(?![ -]?autoris)/;
const FRENCH_NE = /\b(?:ne|n')\s?[^.]*?\b(?:pas|plus|jamais|aucun\w*|rien|nullement|guere|point)\b/;
/** "Rien n'indique que...", "personne n'a": the negative word comes before "ne". */
const NOTHING = /\b(?:rien|personne|nul(?:le)?)\s(?:ne\b|n')/;
/** Purposes ("to prevent wider access", "afin d'empêcher") name what did not happen. */
const PREVENTION = /\b(?:prevent\w*|avoid\w*|empech\w*|eviter|evite)\b/;

/** True when the folded text before a trigger, within its clause, denies it. */
export function isNegated(beforeTrigger: string): boolean {
  const scope = cueScope(beforeTrigger);
  return DENIAL.test(scope) || FRENCH_NE.test(scope) || NOTHING.test(scope) || PREVENTION.test(scope);
}

/**
 * The words a denial or a hedge can reach back from a trigger: at most a dozen, and none before a word
 * that starts a new thought ("...decided not to take orders because of the cyber attack": the attack is not denied).
 */
const SCOPE_END = /\b(?:because|due to|as a result of|owing to|following|amid|which|who|a cause d[eu']|en raison d[eu']|du fait d[eu']|suite a|qui|car|parce qu)\b/g;

export function cueScope(beforeTrigger: string): string {
  let start = 0;
  for (const match of beforeTrigger.matchAll(SCOPE_END)) start = (match.index ?? 0) + match[0].length;
  const words = beforeTrigger.slice(start).split(/\s+/);
  return words.slice(-12).join(' ');
}

/** Denials that follow what they deny: "data theft has not been confirmed", "n'a pas été constaté". */
const AFTER_DENIAL =
  /^[^.]{0,60}?\b(?:(?:was|were|has|have|had|is|are) not (?:been )?(?:confirmed|established|found|detected|identified|verified|affected|impacted)|unconfirmed|(?:n'(?:a|ont|est|sont|etait|etaient)|ne (?:sont|soit))\s?pas (?:ete )?(?:confirm|constat|detect|affect|touch|identifi|etabli))/;

export function isDeniedAfter(afterTrigger: string): boolean {
  return AFTER_DENIAL.test(afterTrigger);
}
