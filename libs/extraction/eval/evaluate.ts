import { extract } from '../src/extract';
import { isLanguage } from '../src/language';
import { LabelledArticle } from './corpus';
import { ArticleScore, scoreArticle, sumTallies, Tally } from './score';

/** Extracts every article (language detected, publication day given as labelled) and scores it. */
export function evaluate(articles: LabelledArticle[]): ArticleScore[] {
  return articles.map((article) => {
    const result = extract({ text: article.text, publishedOn: article.publishedOn });
    if (isLanguage(article.language) && result.language !== article.language) {
      throw new Error(`${article.file}: detected ${result.language}, labelled ${article.language}`);
    }
    return scoreArticle(article, result.proposals);
  });
}

export function overall(scores: ArticleScore[]): Tally {
  return sumTallies(scores, () => 'all').get('all') ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0, datesRight: 0 };
}
