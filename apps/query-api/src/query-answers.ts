/** The read side's answers as the OpenAPI document describes them; the rows' fields are listed in each description. */

const NEXT = { type: ['string', 'null'], description: 'The cursor of the next page, or null on the last page.' };

/** A page of `items`: {[items]: [...], next}, with `extra` required fields beside them. */
export function pageSchema(items: string, extra: Record<string, object> = {}): object {
  return {
    type: 'object',
    required: [...Object.keys(extra), items, 'next'],
    properties: { ...extra, [items]: { type: 'array', items: { type: 'object' } }, next: NEXT },
  };
}

/** A company's status, now or as of an instant. */
export const COMPANY_STATUS_SCHEMA = {
  type: 'object',
  required: ['companyId', 'name', 'revision'],
  properties: { companyId: { type: 'string' }, name: { type: 'string' }, revision: { type: 'integer', minimum: 0 } },
};
