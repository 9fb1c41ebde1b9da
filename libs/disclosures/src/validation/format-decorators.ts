import { Transform } from 'class-transformer';
import { IsISO31661Alpha2, isISO4217CurrencyCode, IsUUID, ValidateBy } from 'class-validator';
import { inOrder, Pattern } from './decorators';
import { LEDGER_DATE_DESCRIPTION, LEDGER_DATE_PATTERN, isLedgerDate } from './ledger-date';

/** Business or publication time; see ledger-date. */
export function LedgerDate(): PropertyDecorator {
  return inOrder(
    Pattern(LEDGER_DATE_PATTERN, LEDGER_DATE_DESCRIPTION),
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isLedgerDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a real calendar date`,
      },
    }),
  );
}

/** London prices are quoted in pence, which ISO 4217 has no code for. */
const PENCE_STERLING = 'GBX';

export function CurrencyCode(): PropertyDecorator {
  return inOrder(
    Pattern(/^[A-Z]{3}$/, 'an uppercase ISO 4217 currency code (or GBX for pence)'),
    ValidateBy({
      name: 'isCurrencyCode',
      validator: {
        validate: (value) => value === PENCE_STERLING || isISO4217CurrencyCode(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} is not an ISO 4217 currency code (or GBX)`,
      },
    }),
  );
}

/** ISO 3166-1 alpha-2, uppercase. */
export function CountryCode(): PropertyDecorator {
  return inOrder(Pattern(/^[A-Z]{2}$/, 'an uppercase ISO 3166-1 alpha-2 country code'), IsISO31661Alpha2());
}

const lowerCased = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value));

/** A disclosure id: a UUID, lowercased so that a retry spelled in another case is the same id. */
export function DisclosureId(): PropertyDecorator {
  return inOrder(lowerCased, IsUUID('all', { message: ({ property }) => `${property} must be a UUID` }));
}
