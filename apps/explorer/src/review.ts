import type { paths } from '@ledger/client';
import type { ArticleResult, Proposal } from './model';

/** What POST /v1/companies/{companyId}/disclosures takes. */
export type DisclosuresBody = NonNullable<paths['/v1/companies/{companyId}/disclosures']['post']['requestBody']>['content']['application/json'];

export interface ArticleSourceInput {
  publisher?: string;
  url?: string;
}

/** The disclosures to record for the proposals kept: the article as their source, the evidence quoted, each id the API derived (so recording twice records once). */
export function disclosuresFor(result: ArticleResult, kept: Proposal[], publishedOn: string, source: ArticleSourceInput): DisclosuresBody {
  const definedSource = Object.fromEntries(Object.entries(source).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
  const disclosures = kept.map((proposal) => ({
    disclosureId: proposal.disclosureId,
    type: proposal.type,
    ...(proposal.occurredOn ? { occurredAt: proposal.occurredOn } : {}),
    ...(publishedOn ? { disclosedAt: publishedOn } : {}),
    source: { kind: 'news', ...definedSource, language: result.language },
    facts: proposal.facts,
    evidence: proposal.evidence.map(({ quote, start, end }) => ({ quote, start, end })),
  }));
  // The proposals' types and facts are the API's own extraction, checked again when recorded.
  return { disclosures } as DisclosuresBody;
}
