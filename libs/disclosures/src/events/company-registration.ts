import { Nested, NestedList, Optional, Pattern, Text, TextList } from '../validation/decorators';
import { CountryCode } from '../validation/format-decorators';

export const COMPANY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export class Ticker {
  @Text() symbol: string;
  /** Trading venue, e.g. "LSE", "XPAR". */
  @Text() venue: string;
}

export class NationalRegistration {
  @CountryCode() country: string;
  @Text() number: string;
}

export class CompanyIdentifiers {
  /** Legal Entity Identifier (ISO 17442). */
  @Optional() @Pattern(/^[A-Z0-9]{18}[0-9]{2}$/, 'a 20-character LEI') lei?: string;
  @Optional() @Pattern(/^[A-Z]{2}[A-Z0-9]{9}[0-9]$/, 'a 12-character ISIN') isin?: string;
  @Optional() @NestedList(() => Ticker) tickers?: Ticker[];
  @Optional() @Nested(() => NationalRegistration) registry?: NationalRegistration;
}

/** What a client sends to register a company; also the data of CompanyRegistered. */
export class CompanyRegistration {
  @Pattern(COMPANY_ID_PATTERN, 'a lowercase slug of 2 to 63 letters, digits and dashes') companyId: string;
  @Text() name: string;
  /** Other names the company is known by, used to match articles. */
  @Optional() @TextList() aliases?: string[];
  @Optional() @Nested(() => CompanyIdentifiers) identifiers?: CompanyIdentifiers;
  @Optional() @CountryCode() country?: string;
}
