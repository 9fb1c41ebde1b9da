/**
 * Optimistic concurrency: every write answers the company's revision in ETag ("3"); sending it back as
 * If-Match makes the next write fail with 412 if anyone else wrote to the company in between.
 */
export function ifMatch(revision: number): { 'If-Match': string } {
  if (!Number.isInteger(revision) || revision < 0) throw new RangeError(`a revision is an integer ≥ 0, got ${revision}`);
  return { 'If-Match': `"${revision}"` };
}

/** The revision an answer's ETag names, or undefined when it has none. */
export function revisionOf(response: Response): number | undefined {
  const match = /^(?:W\/)?"(\d+)"$/.exec(response.headers.get('etag') ?? '');
  return match ? Number(match[1]) : undefined;
}
