import { ProblemException } from '@ledger/platform/framework-free';
import { QueryParams } from './query-params';

function problemOf(params: QueryParams, headers?: Record<string, string>): ProblemException {
  try {
    params.valid(headers);
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('valid() did not throw');
}

describe('QueryParams', () => {
  it.each([
    ['repeated', ['3', '3']],
    ['blank', ''],
    ['only spaces', ' '],
  ])('refuses a %s text parameter as "given once, not empty"', (_, value) => {
    const params = new QueryParams({ from: value });
    expect(params.text('from')).toBeUndefined();
    expect(problemOf(params).problem.errors).toEqual([{ path: 'from', message: 'must be given once, not empty' }]);
  });

  it('names every faulty parameter, minPosition included, and counts them in detail', () => {
    const params = new QueryParams({ limit: '0', minPosition: 'abc', order: 'up' });
    params.limit();
    params.order();
    params.minPosition();
    const { problem } = problemOf(params);
    expect(problem).toMatchObject({ status: 400, detail: '3 invalid parameter(s)' });
    expect(problem.errors?.map((error) => error.path)).toEqual(['limit', 'order', 'minPosition']);
  });

  it('answers the 400 with the headers it is given', () => {
    const params = new QueryParams({ minPosition: '-1' });
    params.minPosition();
    expect(problemOf(params, { 'ledger-position': '7' }).headers).toEqual({ 'ledger-position': '7' });
  });

  it('reads a well-formed minPosition, and none when absent', () => {
    expect(new QueryParams({ minPosition: '42' }).minPosition()).toBe('42');
    expect(new QueryParams({}).minPosition()).toBeUndefined();
  });

  describe('list', () => {
    const isDigit = (item: string) => /^\d$/.test(item);
    const refusal = (refused: string[]) => `not digits: ${refused.join(', ')}`;

    it('takes items comma-separated and repeated alike', () => {
      const params = new QueryParams({ n: ['1, 2', '3'] });
      expect(params.list('n', isDigit, refusal)).toEqual(['1', '2', '3']);
      expect(() => params.valid()).not.toThrow();
    });

    it('is empty when absent', () => {
      expect(new QueryParams({}).list('n', isDigit, refusal)).toEqual([]);
    });

    it.each([[''], [' '], ['1,'], [['1', '']]])('refuses an empty value or item: %j', (value) => {
      const params = new QueryParams({ n: value });
      expect(params.list('n', isDigit, refusal)).toEqual([]);
      expect(problemOf(params).problem.errors).toEqual([{ path: 'n', message: 'must not be empty, nor hold an empty item' }]);
    });

    it('names the parameter once with every refused item', () => {
      const params = new QueryParams({ n: 'x,1,y' });
      expect(params.list('n', isDigit, refusal)).toEqual([]);
      expect(problemOf(params).problem).toMatchObject({ detail: '1 invalid parameter(s)', errors: [{ path: 'n', message: 'not digits: x, y' }] });
    });
  });
});

describe('QueryParams cursors', () => {
  const SHAPE = ['n', 'n'] as const;
  /** The `next` a first page of `listing` under `query` hands out for the key [5, 7]. */
  const nextOf = (listing: string, query: Record<string, unknown>) => {
    const params = new QueryParams(query);
    params.cursor(SHAPE, listing);
    return params.page({ documents: [], next: Buffer.from('[5,7]').toString('base64url') }).next!;
  };
  const read = (listing: string, query: Record<string, unknown>) => {
    const params = new QueryParams(query);
    const key = params.cursor(SHAPE, listing);
    let errors: unknown[] = [];
    try {
      params.valid();
    } catch (error) {
      errors = (error as ProblemException).problem.errors ?? [];
    }
    return { key, errors };
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
  ])('refuses a cursor used with %s', (_, listing, query) => {
    const cursor = nextOf('companies/acme/disclosures', { type: 'BreachAnnounced', order: 'desc' });
    expect(read(listing, { ...query, cursor })).toEqual({
      key: null,
      errors: [{ path: 'cursor', message: expect.stringContaining('another listing, filters or order') }],
    });
  });

  it('refuses a bare position made by hand', () => {
    expect(read('probes', { cursor: Buffer.from('[5,7]').toString('base64url') }).errors).toEqual([{ path: 'cursor', message: expect.any(String) }]);
  });
});
