import { foldText } from '../text/fold';
import { CompanyMention, stripLegalSuffix } from './known-company';

/**
 * The words that name the article's subject, the company it mentions most: its name without the legal
 * form and every way the article writes it, folded ("harrowgate", "stores", "hgs"). Empty when the
 * article names no company.
 */
export function subjectWordsOf(companies: CompanyMention[]): Set<string> {
  const [subject] = companies;
  if (!subject) return new Set();
  const names = [stripLegalSuffix(subject.name), ...subject.mentions.map((mention) => stripLegalSuffix(mention.quote))];
  return new Set(names.flatMap((name) => foldText(name).split(/[^a-z0-9&]+/)).filter((word) => word.length >= 2));
}
