import { COMPANY_ID_PATTERN, EVENT_TYPES, isEventType } from '@ledger/disclosures';
import type { FieldError } from '@ledger/disclosures';
import type { StreamSelection } from '@ledger/live';

/** `?name=a,b` and `?name=a&name=b` alike; blanks dropped. */
export function listParam(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return parts.flatMap((part) => String(part).split(',')).map((item) => item.trim()).filter((item) => item !== '');
}

/** The companies and types a client asked for, or the fields at fault. */
export function parseStreamSelection(query: { companies?: unknown; types?: unknown }): { selection: StreamSelection; errors: FieldError[] } {
  const companies = listParam(query.companies);
  const types = listParam(query.types);
  const errors: FieldError[] = [
    ...companies.filter((id) => !COMPANY_ID_PATTERN.test(id)).map((id) => ({ path: 'companies', message: `${JSON.stringify(id)} is not a company id (${COMPANY_ID_PATTERN.source})` })),
    ...types.filter((type) => !isEventType(type)).map((type) => ({ path: 'types', message: `${JSON.stringify(type)} is not an event type; known: ${EVENT_TYPES.join(', ')}` })),
  ];
  return { selection: { companies, types }, errors };
}
