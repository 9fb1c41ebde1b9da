import { canonicalJson } from './canonical-json';

// As in a process run with --disallow-code-generation-from-strings.
jest.mock('./member-writer', () => ({
  compileMemberWriter: () => {
    throw new EvalError('Code generation from strings disallowed for this context');
  },
}));

describe('canonicalJson where code cannot be compiled', () => {
  it('writes objects met many times with the loop instead', () => {
    for (let i = 0; i < 50; i++) {
      expect(canonicalJson({ b: i, a: { d: [i, 'x'], c: null }, gone: undefined })).toBe(`{"a":{"c":null,"d":[${i},"x"]},"b":${i}}`);
    }
  });
});
