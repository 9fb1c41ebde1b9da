import { ProblemException, problem, statusProblem } from '@ledger/platform/framework-free';

const REVISION = /^(?:-1|0|[1-9]\d{0,15})$/;
// One element of the If-Match list: an entity tag, strong ("3") or weak (W/"3"), then a comma or the end.
const ENTITY_TAG = /\s*(W\/)?"([^"]*)"\s*(?:,|$)/y;

interface EntityTag {
  weak: boolean;
  opaque: string;
}

/**
 * Reads the stream revision a client expects from `If-Match: "<revision>"` (or the bare number). `*` and an
 * absent header mean no expectation. If-Match compares entity tags strongly (RFC 9110 §13.1.1): a weak tag
 * such as `W/"3"` never matches, so a header of weak tags only fails the request with 412. The write side
 * holds one expected revision, so a list naming several revisions is refused with 400.
 */
export function expectedRevisionFrom(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = [header].flat().join(', ').trim();
  if (value === '*') return undefined;
  const tags = entityTagsIn(value);
  if (!tags || tags.some((tag) => !REVISION.test(tag.opaque) || !Number.isSafeInteger(Number(tag.opaque)))) {
    throw invalidIfMatch('must be the company revision as an ETag, e.g. "3"');
  }
  const strong = [...new Set(tags.filter((tag) => !tag.weak).map((tag) => tag.opaque))];
  if (strong.length > 1) throw invalidIfMatch(`must name only one revision, not ${strong.map((opaque) => `"${opaque}"`).join(', ')}`);
  if (strong.length === 0) throw weakTagsNeverMatch(value, tags[0].opaque);
  return Number(strong[0]);
}

/** The header's entity tags, or undefined when it is not a list of them; a bare number counts as a strong tag. */
function entityTagsIn(value: string): EntityTag[] | undefined {
  if (REVISION.test(value)) return [{ weak: false, opaque: value }];
  const tags: EntityTag[] = [];
  ENTITY_TAG.lastIndex = 0;
  while (ENTITY_TAG.lastIndex < value.length) {
    const match = ENTITY_TAG.exec(value);
    if (!match) return undefined;
    tags.push({ weak: match[1] !== undefined, opaque: match[2] });
  }
  return tags.length > 0 ? tags : undefined;
}

function invalidIfMatch(message: string): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', { detail: `If-Match ${message}`, errors: [{ path: 'If-Match', message }] }));
}

function weakTagsNeverMatch(value: string, revision: string): ProblemException {
  return new ProblemException(
    statusProblem(412, {
      detail: `If-Match ${value} names only weak entity tags, which never match: If-Match compares strongly (RFC 9110 §13.1.1); send the revision as "${revision}"`,
    }),
  );
}
