import { createHash } from 'node:crypto';

/** Parameters that may change from one page to the next of the same listing. */
const FREE_BETWEEN_PAGES = new Set(['cursor', 'limit', 'minPosition']);

/**
 * A short tag of the query a page answers: the listing (with its path, such as the company) and every
 * filter and the order. A cursor carries it, so that it is refused by any other query, where its
 * position would silently mean something else.
 */
export function cursorScope(listing: string, query: Record<string, unknown>): string {
  const filters = Object.keys(query)
    .filter((name) => !FREE_BETWEEN_PAGES.has(name))
    .sort()
    .map((name) => [name, query[name]]);
  return createHash('sha256')
    .update(JSON.stringify([listing, filters]))
    .digest('base64url')
    .slice(0, 12);
}

export function scopedCursor(scope: string, cursor: string | null): string | null {
  return cursor === null ? null : `${scope}.${cursor}`;
}

/** The cursor without its scope, or undefined when it was made for another query. */
export function unscopedCursor(scope: string, text: string): string | undefined {
  return text.startsWith(`${scope}.`) ? text.slice(scope.length + 1) : undefined;
}
