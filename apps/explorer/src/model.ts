/** The shapes the query API answers with, as far as the explorer reads them. */

export interface Ticker {
  symbol: string;
  venue: string;
}

export interface Identifiers {
  lei?: string;
  isin?: string;
  tickers?: Ticker[];
  registry?: { country: string; number: string };
}

export interface Probe {
  companyId?: string;
  regulator: string;
  scope?: string;
  stage?: string;
  status: 'open' | 'closed';
  since?: string;
  updatedAt?: string;
  outcome?: string;
}

export interface SharePrice {
  price?: number;
  currency?: string;
  changePct?: number;
  direction?: 'up' | 'down';
  venue?: string;
  at?: string;
}

export interface CompanyStatus {
  companyId: string;
  name: string;
  aliases?: string[];
  identifiers?: Identifiers;
  country?: string;
  incident: { state: string; milestones: Record<string, string | string[] | undefined> };
  probes: Probe[];
  sharePrice: SharePrice | null;
  counts: Record<string, number>;
  firstDisclosureAt?: string;
  lastDisclosureAt?: string;
  revision: number;
  asOf?: string;
  basis?: string;
}

export interface Evidence {
  quote: string;
  start?: number;
  end?: number;
}

export interface Correction {
  disclosureId: string;
  revision: number;
  recordedAt: string;
  reason: string;
  facts?: Record<string, unknown>;
  occurredAt?: string;
}

export interface Disclosure {
  type: string;
  companyId: string;
  disclosureId: string;
  revision: number;
  position?: string;
  occurredAt?: string;
  disclosedAt?: string;
  recordedAt: string;
  source?: { kind: string; publisher?: string; url?: string; title?: string; language?: string };
  facts?: Record<string, unknown>;
  evidence?: Evidence[];
  corrections?: Correction[];
  original?: { facts?: Record<string, unknown>; occurredAt?: string };
  retracted?: boolean;
  retraction?: { reason: string; recordedAt: string };
}

export interface Proposal {
  disclosureId: string;
  type: string;
  occurredOn: string | null;
  facts: Record<string, unknown>;
  evidence: Required<Evidence>[];
  confidence: number;
}

export interface ArticleResult {
  language: 'fr' | 'en';
  companies: { name: string; companyId?: string; registered: boolean }[];
  proposals: Proposal[];
}
