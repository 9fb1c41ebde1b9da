import { canonicalJson } from './canonical-json';
import { sha256OfJson } from './sha256';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units, recursively, without whitespace', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: null }], a: 'x', B: true })).toBe('{"B":true,"a":"x","b":[3,{"a":null,"z":1}]}');
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, ö: 4 })).toBe('{"\\r":2,"ö":4,"€":1,"😀":3}');
  });

  it('writes numbers in their shortest ECMAScript form', () => {
    expect(canonicalJson([1.0, 1e21, 1e-7, -0, 0.1 + 0.2, 100])).toBe('[1,1e+21,1e-7,0,0.30000000000000004,100]');
  });

  it('leaves out undefined members and refuses non-JSON numbers', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
  });

  it('hashes equal content equally whatever the key order', () => {
    expect(sha256OfJson({ a: 1, b: [1, 2] })).toBe(sha256OfJson({ b: [1, 2], a: 1 }));
    expect(sha256OfJson({ a: 1 })).not.toBe(sha256OfJson({ a: 2 }));
  });
});
