import { LabelledArticle } from './corpus';
import { pairUp, Proposed } from './match';

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Matched pairs whose occurredOn agrees. */
  datesRight: number;
}

export interface ArticleScore {
  file: string;
  language: string;
  byType: Map<string, Tally>;
  missed: { type: string; facts: Record<string, unknown> }[];
  extra: Proposed[];
}

const empty = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, datesRight: 0 });

export function scoreArticle(article: LabelledArticle, proposed: Proposed[]): ArticleScore {
  const pairs = pairUp(article.events, proposed);
  const byType = new Map<string, Tally>();
  const tally = (type: string) => byType.get(type) ?? byType.set(type, empty()).get(type)!;
  for (const [label, p] of pairs) {
    const entry = tally(article.events[label].type);
    entry.truePositives++;
    if (article.events[label].occurredOn === proposed[p].occurredOn) entry.datesRight++;
  }
  const matchedLabels = new Set(pairs.map(([label]) => label));
  const matchedProposals = new Set(pairs.map(([, p]) => p));
  const missed = article.events.filter((_, label) => !matchedLabels.has(label));
  const extra = proposed.filter((_, p) => !matchedProposals.has(p));
  for (const event of missed) tally(event.type).falseNegatives++;
  for (const proposal of extra) tally(proposal.type).falsePositives++;
  return { file: article.file, language: article.language, byType, missed, extra };
}

/** Adds tallies up by a grouping of the articles' (language, type) pairs. */
export function sumTallies(scores: ArticleScore[], keyOf: (language: string, type: string) => string): Map<string, Tally> {
  const totals = new Map<string, Tally>();
  for (const score of scores) {
    for (const [type, tally] of score.byType) {
      const key = keyOf(score.language, type);
      const total = totals.get(key) ?? empty();
      total.truePositives += tally.truePositives;
      total.falsePositives += tally.falsePositives;
      total.falseNegatives += tally.falseNegatives;
      total.datesRight += tally.datesRight;
      totals.set(key, total);
    }
  }
  return totals;
}

export function precision(tally: Tally): number {
  const proposed = tally.truePositives + tally.falsePositives;
  return proposed === 0 ? 1 : tally.truePositives / proposed;
}

export function recall(tally: Tally): number {
  const expected = tally.truePositives + tally.falseNegatives;
  return expected === 0 ? 1 : tally.truePositives / expected;
}
