import { ProblemException } from '@ledger/platform/framework-free';
import { CheckedQuery, Choice, List, Listing, ORDERS, PageParams, ReadParams, Single, limitOf } from './query-params';

class TextParams {
  @Single() from?: string;
}

class OrderedParams extends PageParams {
  @Choice(ORDERS) order?: string;
}

const isDigit = (item: string) => /^\d$/.test(item);

class DigitParams {
  @List(isDigit, (refused) => `are not digits: ${refused.join(', ')}`) n?: string[];
}

function problemOf<T extends object>(query: CheckedQuery<T>, headers?: Record<string, string>): ProblemException {
  try {
    query.valid(headers);
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('valid() did not throw');
}

describe('CheckedQuery', () => {
  it.each([
    ['repeated', ['3', '3']],
    ['blank', ''],
    ['only spaces', ' '],
  ])('refuses a %s text parameter as "given once, not empty"', (_, value) => {
    const query = new CheckedQuery(TextParams, { from: value });
    expect(problemOf(query).problem.errors).toEqual([{ path: 'from', message: 'from must be given once, not empty' }]);
  });

  it('trims a text parameter, and leaves out parameters it does not know', () => {
    expect(new CheckedQuery(TextParams, { from: ' 3 ', other: 'x' }).valid()).toEqual({ from: '3' });
  });

  it('names every faulty parameter, minPosition included, and counts them in detail', () => {
    const { problem } = problemOf(new CheckedQuery(OrderedParams, { limit: '0', minPosition: 'abc', order: 'up' }));
    expect(problem).toMatchObject({ status: 400, detail: '3 invalid fields' });
    expect(problem.errors?.map((error) => error.path)).toEqual(['order', 'limit', 'minPosition']);
  });

  it('answers the 400 with the headers it is given', () => {
    expect(problemOf(new CheckedQuery(ReadParams, { minPosition: '-1' }), { 'ledger-position': '7' }).headers).toEqual({ 'ledger-position': '7' });
  });

  it('reads a well-formed minPosition, and none when absent', () => {
    expect(new CheckedQuery(ReadParams, { minPosition: '42' }).valid().minPosition).toBe('42');
    expect(new CheckedQuery(ReadParams, {}).valid().minPosition).toBeUndefined();
  });

  it.each([
    [undefined, 50],
    ['1', 1],
    ['500', 500],
  ])('reads limit %j as %d', (limit, expected) => {
    expect(limitOf(new CheckedQuery(PageParams, { limit }).valid())).toBe(expected);
  });

  it.each(['0', '501', '1.5', '12345', 'x'])('refuses limit %j', (limit) => {
    expect(problemOf(new CheckedQuery(PageParams, { limit })).problem.errors).toEqual([
      { path: 'limit', message: 'limit must be a whole number from 1 to 500' },
    ]);
  });

  describe('lists', () => {
    it('takes items comma-separated and repeated alike', () => {
      expect(new CheckedQuery(DigitParams, { n: ['1, 2', '3'] }).valid().n).toEqual(['1', '2', '3']);
    });

    it('is absent when not given', () => {
      expect(new CheckedQuery(DigitParams, {}).valid().n).toBeUndefined();
    });

    it.each([[''], [' '], ['1,'], [['1', '']]])('refuses an empty value or item: %j', (value) => {
      expect(problemOf(new CheckedQuery(DigitParams, { n: value })).problem.errors).toEqual([
        { path: 'n', message: 'n must not be empty, nor hold an empty item' },
      ]);
    });

    it('names the parameter once with every refused item', () => {
      expect(problemOf(new CheckedQuery(DigitParams, { n: 'x,1,y' })).problem).toMatchObject({
        detail: '1 invalid field',
        errors: [{ path: 'n', message: 'n are not digits: x, y' }],
      });
    });
  });
});

describe('CheckedQuery cursors', () => {
  const listing = (name: string): Listing => ({ name, shape: ['n', 'n'] });
  /** The `next` a first page of `name` under `query` hands out for the key [5, 7]. */
  const nextOf = (name: string, query: Record<string, unknown>) =>
    new CheckedQuery(OrderedParams, query, listing(name)).page({ documents: [], next: Buffer.from('[5,7]').toString('base64url') }).next!;
  const read = (name: string, query: Record<string, unknown>) => {
    const checked = new CheckedQuery(OrderedParams, query, listing(name));
    return { key: checked.after, errors: checked.errors };
  };

  it('continues the same listing with the same filters and order, whatever the limit and minPosition', () => {
    const cursor = nextOf('companies/acme/disclosures', { type: 'BreachAnnounced', order: 'desc', limit: '10' });
    expect(read('companies/acme/disclosures', { order: 'desc', type: 'BreachAnnounced', limit: '50', minPosition: '9', cursor })).toEqual({
      key: [5, 7],
      errors: [],
    });
  });

  it.each([
    ['another company', 'companies/other/disclosures', { type: 'BreachAnnounced', order: 'desc' }],
    ['another filter', 'companies/acme/disclosures', { type: 'SharePriceMoved', order: 'desc' }],
    ['a filter left out', 'companies/acme/disclosures', { order: 'desc' }],
    ['another order', 'companies/acme/disclosures', { type: 'BreachAnnounced', order: 'asc' }],
    ['another listing', 'disclosures', { type: 'BreachAnnounced', order: 'desc' }],
  ])('refuses a cursor used with %s', (_, name, query) => {
    const cursor = nextOf('companies/acme/disclosures', { type: 'BreachAnnounced', order: 'desc' });
    expect(read(name, { ...query, cursor })).toEqual({
      key: null,
      errors: [{ path: 'cursor', message: expect.stringContaining('another listing, filters or order') }],
    });
  });

  it('refuses a bare position made by hand', () => {
    expect(read('probes', { cursor: Buffer.from('[5,7]').toString('base64url') }).errors).toEqual([{ path: 'cursor', message: expect.any(String) }]);
  });

  it('names a faulty cursor along with the other faulty parameters', () => {
    expect(read('probes', { limit: '0', cursor: 'x' }).errors.map((error) => error.path)).toEqual(['limit', 'cursor']);
  });
});
