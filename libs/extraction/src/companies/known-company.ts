import type { CompanyRegistration } from '@ledger/disclosures';

/** A registered company as extraction sees it: every name it may be written under. */
export interface KnownCompany {
  companyId: string;
  name: string;
  aliases?: string[];
  /** Ticker symbols, matched case and all ("CVSG", "UNH"). */
  tickers?: string[];
}

/** A company the article names: registered (with its id), or as written for the user to register. */
export interface CompanyMention {
  name: string;
  companyId?: string;
  registered: boolean;
  mentions: { start: number; end: number; quote: string }[];
}

const LEGAL_SUFFIX = /[\s,]+(?:plc|p\.l\.c\.|sa|s\.a\.|se|inc\.?|incorporated|ltd\.?|limited|corp\.?|corporation|ag|nv|n\.v\.|group|groupe|holdings?|co\.?)$/i;

/** The names to look for: the registered name, the same without its legal form, aliases and tickers. */
export function searchTermsOf(company: KnownCompany): string[] {
  const names = [company.name, ...(company.aliases ?? [])];
  const stripped = names.map((name) => stripLegalSuffix(name)).filter((name) => name.length >= 2);
  return [...new Set([...names, ...stripped, ...(company.tickers ?? [])])];
}

export function stripLegalSuffix(name: string): string {
  let current = name.trim();
  for (let previous = ''; previous !== current;) {
    previous = current;
    current = current.replace(LEGAL_SUFFIX, '').trim();
  }
  return current;
}

/** The names a registration gives a company, for matching articles. */
export function knownCompanyOf(registration: CompanyRegistration): KnownCompany {
  return {
    companyId: registration.companyId,
    name: registration.name,
    aliases: registration.aliases,
    tickers: registration.identifiers?.tickers?.map((ticker) => ticker.symbol),
  };
}
