import { CompanyStatus } from './company-status';

/** Everything a company can be searched by, lowercased, one term per line. */
export function searchTextOf(status: CompanyStatus): string {
  const { identifiers } = status;
  const terms = [
    status.companyId,
    status.name ?? '',
    ...status.aliases,
    identifiers.lei ?? '',
    identifiers.isin ?? '',
    ...(identifiers.tickers ?? []).map((ticker) => ticker.symbol),
    identifiers.registry?.number ?? '',
  ];
  return terms.filter((term) => term !== '').join('\n').toLowerCase();
}
