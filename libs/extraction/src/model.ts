import { RecordableType } from '@ledger/disclosures';
import { CompanyMention, KnownCompany } from './companies/known-company';
import { Language } from './language';
import { EvidenceSpan } from './text/span';

/** The longest article the ledger reads, in JS string characters. */
export const MAX_ARTICLE_CHARACTERS = 200_000;

/** Where the article was published, kept as the disclosures' source. */
export interface ArticleSource {
  publisher?: string;
  url?: string;
  title?: string;
}

export interface ExtractInput {
  text: string;
  /** Detected when absent. */
  language?: Language;
  /** YYYY-MM-DD (or a date-time, whose day is used): resolves "lundi", "yesterday". Read from a dateline when absent. */
  publishedOn?: string | null;
  source?: ArticleSource;
  /** Registered companies, to resolve the names the article uses. */
  companies?: KnownCompany[];
}

/** A disclosure the article states, for a person to check against the quoted evidence. */
export interface Proposal {
  /** Derived from the article and the evidence: the same article gives the same ids. */
  disclosureId: string;
  type: RecordableType;
  /** The day it happened when the text states or implies one, else null. */
  occurredOn: string | null;
  /** Valid for the type's facts class. */
  facts: Record<string, unknown>;
  /** Sentences of the article, quoted exactly: `text.slice(start, end) === quote`. */
  evidence: EvidenceSpan[];
  confidence: number;
  /** Facts calculated rather than read in the text, e.g. `changePct` from "fell 31p to 214p"; absent when none. */
  computedFacts?: string[];
}

export interface ExtractResult {
  language: Language;
  companies: CompanyMention[];
  proposals: Proposal[];
}
