import { CompanyRegistration } from './company-registration';
import { COMPANY_REGISTERED, DisclosureType, isEventType } from './catalogue';
import { DisclosureEventDataOf } from './disclosure-data';

export type CompanyRegisteredEvent = { type: typeof COMPANY_REGISTERED; data: CompanyRegistration };

export type DisclosureEventOf<T extends DisclosureType> = { type: T; data: DisclosureEventDataOf<T> };
export type DisclosureEvent = { [T in DisclosureType]: DisclosureEventOf<T> }[DisclosureType];

/** Every event of a company stream. */
export type CompanyEvent = CompanyRegisteredEvent | DisclosureEvent;

/**
 * A stored (type, data) as a domain event, or null for a type this code does not know. The data is
 * trusted: it was validated before it was appended.
 */
export function toCompanyEvent(type: string, data: unknown): CompanyEvent | null {
  if (!isEventType(type) || typeof data !== 'object' || data === null) return null;
  return { type, data } as CompanyEvent;
}
