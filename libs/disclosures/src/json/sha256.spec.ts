import { sha256OfJson } from './sha256';

describe('sha256OfJson', () => {
  it('hashes equal content equally whatever the key order', () => {
    expect(sha256OfJson({ a: 1, b: [1, 2] })).toBe(sha256OfJson({ b: [1, 2], a: 1 }));
    expect(sha256OfJson({ a: 1 })).not.toBe(sha256OfJson({ a: 2 }));
  });
});
