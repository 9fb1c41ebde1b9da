import { matches, Proposed } from './match';
import { ArticleScore } from './score';

/** What was proposed where a label was missed: another type, the same type with other key facts, or nothing. */
export interface Confusion {
  language: string;
  expected: string;
  proposed: string;
}

export const NOTHING = '(nothing)';
export const OTHER_FACTS = ' (other facts)';

/**
 * Pairs each missed label with an unmatched proposal of the same article: first one of the same type
 * (its key facts differ), then one of another type whose key facts would match. What stays unpaired is
 * missed outright, or proposed with no label.
 */
export function confusionsOf(score: ArticleScore): Confusion[] {
  const extras: (Proposed | null)[] = [...score.extra];
  const take = (accept: (proposal: Proposed) => boolean): Proposed | null => {
    const index = extras.findIndex((proposal) => proposal !== null && accept(proposal));
    if (index < 0) return null;
    const taken = extras[index];
    extras[index] = null;
    return taken;
  };
  const entry = (expected: string, proposed: string): Confusion => ({ language: score.language, expected, proposed });
  const confusions: Confusion[] = [];
  const unpaired = score.missed.filter((label) => {
    const sameType = take((proposal) => proposal.type === label.type);
    if (sameType) confusions.push(entry(label.type, `${label.type}${OTHER_FACTS}`));
    return !sameType;
  });
  for (const label of unpaired) {
    const other = take((proposal) => matches({ ...label, occurredOn: null }, { ...proposal, type: label.type }));
    confusions.push(entry(label.type, other ? other.type : NOTHING));
  }
  for (const proposal of extras) if (proposal) confusions.push(entry(NOTHING, proposal.type));
  return confusions;
}
