import { CompanyStatus } from './company-status';

interface Searched {
  companyId: string;
  name: string | null;
  aliases: string[];
  text: string;
}

/**
 * The last text made for each identifiers object: a company's statuses share their registration
 * part (statuses are never changed in place), so most events of a company reuse it.
 */
const made = new WeakMap<object, Searched>();

/** Everything a company can be searched by, lowercased, one term per line. */
export function searchTextOf(status: CompanyStatus): string {
  const { identifiers } = status;
  const last = made.get(identifiers);
  if (last && last.companyId === status.companyId && last.name === status.name && last.aliases === status.aliases) return last.text;
  const terms = [
    status.companyId,
    status.name ?? '',
    ...status.aliases,
    identifiers.lei ?? '',
    identifiers.isin ?? '',
    ...(identifiers.tickers ?? []).map((ticker) => ticker.symbol),
    identifiers.registry?.number ?? '',
  ];
  const text = terms
    .filter((term) => term !== '')
    .join('\n')
    .toLowerCase();
  made.set(identifiers, { companyId: status.companyId, name: status.name, aliases: status.aliases, text });
  return text;
}
