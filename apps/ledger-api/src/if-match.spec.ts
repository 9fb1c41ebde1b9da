import { ProblemException } from '@ledger/platform/framework-free';
import { expectedRevisionFrom } from './if-match';

function problemOf(header: string | string[]) {
  try {
    expectedRevisionFrom(header);
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error(`If-Match ${JSON.stringify(header)} was accepted`);
}

describe('expectedRevisionFrom (If-Match)', () => {
  it('means no expectation when absent or *', () => {
    expect(expectedRevisionFrom(undefined)).toBeUndefined();
    expect(expectedRevisionFrom('*')).toBeUndefined();
    expect(expectedRevisionFrom(' * ')).toBeUndefined();
  });

  it.each([
    ['"12"', 12],
    [' "12" ', 12],
    ['"0"', 0],
    ['"-1"', -1],
    ['12', 12],
    ['"12", "12"', 12],
    ['"12",', 12],
  ])('reads %s as revision %d', (header, revision) => {
    expect(expectedRevisionFrom(header)).toBe(revision);
  });

  it('ignores weak tags beside a strong one, since they can never match', () => {
    expect(expectedRevisionFrom('W/"11", "12"')).toBe(12);
  });

  it.each(['W/"12"', 'W/"12", W/"13"'])('fails %s with 412: If-Match compares strongly and a weak tag never matches', (header) => {
    const problem = problemOf(header);
    expect(problem).toMatchObject({ status: 412, title: 'Precondition failed' });
    expect(problem.detail).toContain('weak');
    expect(problem.detail).toContain('"12"');
  });

  it.each([['"11", "12"'], [['"11"', '"12"']], ['"11",W/"10","12"']])('refuses the list %j with 400 saying only one revision may be given', (header) => {
    const problem = problemOf(header);
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ path: 'If-Match', message: 'must name only one revision, not "11", "12"' }]);
  });

  it.each(['', 'soon', '"soon"', '"12" "13"', '"01"', 'W/12', '*, "3"', '"9999999999999999"', '"1.5"'])(
    'refuses the malformed %j with 400 naming the header',
    (header) => {
      const problem = problemOf(header);
      expect(problem.status).toBe(400);
      expect(problem.errors).toEqual([{ path: 'If-Match', message: expect.stringContaining('revision') }]);
    },
  );
});
