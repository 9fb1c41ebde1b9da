import { Span } from './span';

/**
 * Where a sentence breaks into clauses: punctuation between clauses (not the comma of "2,3", nor the commas
 * around a short aside of time: "has not, at this stage, found", "n'anticipe pas, à ce stade, d'impact") and the
 * conjunctions that open a new statement. Parentheses are kept inside their clause.
 */
const ASIDE = String.raw`(?:at this (?:stage|time|point)|at present|so far|to date|for now|for the time being|as yet|a ce stade|a ce jour|pour l'instant|pour le moment|a l'heure actuelle|jusqu'ici)`;
const CLAUSE_BREAK = new RegExp(
  String.raw`(?<!,\s${ASIDE}),\s(?!\d)(?!${ASIDE},)|;\s|:\s|\s-\s|\s(?:but|while|whereas|though|although|following|after|and that|mais|tandis que|alors que|bien que|meme si|apres|suite a|et que)\s|\set qu'`,
  'g',
);
/** Clause spans of a folded sentence, relative to the sentence start. */
export function splitClauses(foldedSentence: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const match of foldedSentence.matchAll(CLAUSE_BREAK)) {
    const index = match.index ?? 0;
    if (index > start) clauses.push({ start, end: index });
    start = index + match[0].length;
  }
  if (start < foldedSentence.length) clauses.push({ start, end: foldedSentence.length });
  return clauses.length > 0 ? clauses : [{ start: 0, end: foldedSentence.length }];
}

export function clauseAt(clauses: Span[], index: number): Span {
  let found = clauses[0];
  for (const clause of clauses) if (clause.start <= index) found = clause;
  return found;
}
