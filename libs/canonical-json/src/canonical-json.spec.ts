import { randomJsonValues } from './testing/random-json';
import { referenceCanonicalize } from './testing/reference-canonicalize';
import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts members by UTF-16 code units, as the RFC example does', () => {
    const input: Record<string, string> = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const rfcOrder = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    const expected = `{${rfcOrder.map((key) => `${JSON.stringify(key)}:${JSON.stringify(input[key])}`).join(',')}}`;
    expect(canonicalJson(input)).toBe(expected);
  });

  it('writes numbers as ECMAScript does and strings with the minimal escapes', () => {
    expect(canonicalJson({ numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000001, 1e-7, -0, 1e21] })).toBe(
      '{"numbers":[333333333.3333333,1e+30,4.5,0.002,0.000001,1e-7,0,1e+21]}',
    );
    expect(canonicalJson({ string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/' })).toBe('{"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('leaves out undefined members, writes undefined array items as null and uses toJSON', () => {
    expect(canonicalJson({ b: undefined, a: [undefined, new Date(0)] })).toBe('{"a":[null,"1970-01-01T00:00:00.000Z"]}');
  });

  it.each([NaN, Infinity, -Infinity, { s: 'x\ud800' }, { ['\udc00']: 1 }, [1n]])('rejects what is not I-JSON: %p', (value) => {
    expect(() => canonicalJson(value)).toThrow();
  });

  it('accepts well-formed surrogate pairs', () => {
    expect(canonicalJson('😀')).toBe('"😀"');
  });

  it('agrees with the reference implementation on varied values', () => {
    const values = randomJsonValues(2000, 8785);
    const reference = referenceCanonicalize(values);
    const mismatches = values.flatMap((value, i) => {
      const expected = reference[i];
      const actual = 'text' in expected ? canonicalJson(value) : 'throws';
      const wanted = 'text' in expected ? expected.text : 'throws';
      return actual === wanted ? [] : [{ value, actual, wanted }];
    });
    expect(mismatches).toEqual([]);
    expect(reference.filter((r) => 'text' in r).length).toBe(values.length);
  });

  it('agrees with the reference implementation on what it rejects', () => {
    const invalid = [NaN, { a: Infinity }, ['\ud800'], { ['\udfff']: 1 }];
    const reference = referenceCanonicalize(invalid);
    expect(reference.every((r) => 'error' in r)).toBe(true);
    for (const value of invalid) expect(() => canonicalJson(value)).toThrow();
  });

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
});
