/** Error answers every write endpoint may give; each endpoint adds its own 404 and 409. */
export const WRITE_PROBLEMS = {
  400: 'The body or a header is invalid: `errors` names each field at fault. Nothing was written.',
  413: 'The body is over 1 MiB.',
  415: 'The body is not JSON in UTF-8, or is sent with a content coding.',
  503: 'The event store is unreachable; retry after Retry-After seconds. Nothing was acknowledged.',
} as const;

/** For the endpoints that take If-Match. */
export const IF_MATCH_PROBLEM = {
  412: 'If-Match names another revision than the current one (given in `currentRevision` and the ETag).',
} as const;
