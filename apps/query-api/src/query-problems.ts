/** Error answers of the query endpoints, each an application/problem+json document. */
export const INVALID_QUERY = { 400: 'A query parameter is invalid: `errors` names each one at fault.' } as const;
export const UNKNOWN_COMPANY = { 404: 'The company is not registered.' } as const;
export const READ_MODEL_BEHIND = { 503: 'The read model has not reached minPosition within 2 s; retry after Retry-After seconds.' } as const;
