import { ProblemException, problem } from '@ledger/platform';

/**
 * Reads the stream revision a client expects from `If-Match: "<revision>"` (a strong or weak ETag, or the
 * bare number). `*` and an absent header mean no expectation.
 */
export function expectedRevisionFrom(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(-1|0|[1-9]\d{0,15})"?\s*$/.exec(header);
  if (!match) {
    throw new ProblemException(
      problem(400, 'validation', 'Invalid request', {
        errors: [{ path: 'If-Match', message: 'must be the company revision as an ETag, e.g. "3"' }],
      }),
    );
  }
  return Number(match[1]);
}
