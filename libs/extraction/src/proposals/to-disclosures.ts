import { ArticleSource, ExtractResult } from '../model';

/** The extraction as disclosures the ledger records: the article is the source, the quotes the evidence. */
export function toDisclosures(result: ExtractResult, article: { publishedOn?: string | null; source?: ArticleSource }): Record<string, unknown>[] {
  const source = { kind: 'news', ...definedOnly(article.source ?? {}), language: result.language };
  return result.proposals.map((proposal) => ({
    disclosureId: proposal.disclosureId,
    type: proposal.type,
    ...(proposal.occurredOn ? { occurredAt: proposal.occurredOn } : {}),
    ...(article.publishedOn ? { disclosedAt: article.publishedOn } : {}),
    source,
    facts: proposal.facts,
    evidence: proposal.evidence.map(({ quote, start, end }) => ({ quote, start, end })),
  }));
}

function definedOnly(source: ArticleSource): ArticleSource {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
}
