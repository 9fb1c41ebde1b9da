export * from './result';
export * from './stream-names';
export * from './json/sha256';

export * from './events/catalogue';
export * from './events/facts/incident';
export * from './events/facts/regulatory';
export * from './events/facts/market';
export * from './events/facts/guidance-figure';
export * from './events/facts/amendments';
export * from './events/facts-by-type';
export * from './events/source';
export * from './events/evidence';
export * from './events/disclosure-envelope';
export * from './events/disclosure-data';
export * from './events/company-registration';
export * from './events/company-event';

export type { FieldError } from './validation/field-error';
export { validateCheckedPlain, validatePlain } from './validation/validate-plain';
export { Bool, Nested, OneOf, Optional, Pattern, VerbatimText, inOrder } from './validation/decorators';
export { LedgerDate } from './validation/format-decorators';
export { LEDGER_DATE_DESCRIPTION, LEDGER_DATE_PATTERN, isLedgerDate } from './validation/ledger-date';
export { parseDisclosureInput } from './validation/parse-disclosure';
export type { DisclosureBatch } from './validation/parse-batch';
export { MAX_BATCH_SIZE, parseDisclosureBatch } from './validation/parse-batch';
export { parseCompanyRegistration } from './validation/parse-company';
export { parseCorrectionInput, parseRetractionInput } from './validation/parse-amendments';

export * from './company/commands';
export * from './company/errors';
export * from './company/state';
export { decide } from './company/decide';
export { disclosureChanges, evolve } from './company/evolve';
export type { DisclosureEntry } from './company/evolve';
export { commandEventIds, leanState, namedIds } from './company/named-ids';
export { disclosureFingerprint } from './company/fingerprint';
export { applyFactsPatch } from './company/facts-patch';
