import { COMPANY_ID_PATTERN, EVENT_TYPES, isEventType } from '@ledger/disclosures';
import { QueryParams } from '../query-params';

const quoted = (items: string[]) => items.map((item) => JSON.stringify(item)).join(', ');

/** The companies a client of `/v1/streams/all` asked for; faults are collected in `params`. */
export function companiesParam(params: QueryParams): string[] {
  return params.list(
    'companies',
    (id) => COMPANY_ID_PATTERN.test(id),
    (refused) => `not company ids (${COMPANY_ID_PATTERN.source}): ${quoted(refused)}`,
  );
}

/** The event types a client asked for; faults are collected in `params`. */
export function typesParam(params: QueryParams): string[] {
  return params.list('types', isEventType, (refused) => `not event types: ${quoted(refused)}; known: ${EVENT_TYPES.join(', ')}`);
}
