import { ifMatch, revisionOf } from './if-match';

describe('If-Match helpers', () => {
  it('quotes a revision as the strong tag the ledger compares', () => {
    expect(ifMatch(0)).toEqual({ 'If-Match': '"0"' });
    expect(ifMatch(42)).toEqual({ 'If-Match': '"42"' });
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p, which names no revision', (revision) => {
    expect(() => ifMatch(revision)).toThrow(RangeError);
  });

  it.each([
    ['"7"', 7],
    ['W/"7"', 7],
    ['"x"', undefined],
    [null, undefined],
  ])('reads the revision of ETag %p as %p', (etag, revision) => {
    expect(revisionOf(new Response(null, { headers: etag === null ? {} : { etag } }))).toBe(revision);
  });
});
