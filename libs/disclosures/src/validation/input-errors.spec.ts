import { inputErrors } from './input-errors';
import { MAX_NESTING_DEPTH } from './nesting-depth';

/** `levels` arrays, one inside the other, built without recursion. */
function nestedArrays(levels: number, innermost: unknown = 'x'): unknown {
  let value: unknown = innermost;
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
}

/** `levels` objects, each under `key` of the one outside it. */
function nestedObjects(levels: number, key: string): unknown {
  let value: unknown = {};
  for (let level = 1; level < levels; level += 1) value = { [key]: value };
  return value;
}

describe('inputErrors', () => {
  it('finds nothing wrong in ordinary JSON data, emoji included', () => {
    expect(inputErrors({ a: ['x', 1, true, null, { b: 'caf\u00e9 \u{1F600}' }] }, '')).toEqual([]);
  });

  describe('given a lone UTF-16 surrogate', () => {
    it.each([
      ['a high surrogate', '\uD800'],
      ['a low surrogate', '\uDC00'],
      ['a high surrogate before text', 'ab\uD83Dcd'],
      ['a low surrogate after text', 'ab\uDE00'],
      ['a pair written backwards', '\uDE00\uD83D'],
    ])('in a string value (%s), names its path', (_case, text) => {
      expect(inputErrors({ facts: { list: ['ok', text] } }, '')).toEqual([
        { path: 'facts.list[1]', message: 'contains a lone UTF-16 surrogate; text must be valid Unicode' },
      ]);
    });

    it('in a key, names the path of the key', () => {
      expect(inputErrors({ facts: { 'x\uD800': 1 } }, 'disclosures[0]')).toEqual([
        { path: 'disclosures[0].facts.x\uD800', message: 'field name contains a lone UTF-16 surrogate; text must be valid Unicode' },
      ]);
    });

    it('reports every one, in document order', () => {
      const errors = inputErrors({ a: '\uD800', b: [{ c: '\uDC00' }], d: '\uDBFF' }, '');
      expect(errors.map((error) => error.path)).toEqual(['a', 'b[0].c', 'd']);
    });
  });

  describe('given deep nesting', () => {
    it(`accepts ${MAX_NESTING_DEPTH} levels`, () => {
      expect(inputErrors(nestedArrays(MAX_NESTING_DEPTH), '')).toEqual([]);
    });

    it('refuses one level more, at the path where the limit is crossed', () => {
      const errors = inputErrors({ facts: nestedArrays(MAX_NESTING_DEPTH) }, '');
      expect(errors).toEqual([
        { path: `facts${'[0]'.repeat(MAX_NESTING_DEPTH - 1)}`, message: `nests deeper than ${MAX_NESTING_DEPTH} levels of objects and arrays` },
      ]);
    });

    it('refuses 100,000 nested arrays or objects without overflowing the stack', () => {
      expect(inputErrors({ facts: nestedArrays(100_000) }, '')).toHaveLength(1);
      expect(inputErrors(nestedObjects(100_000, 'registry'), '')).toHaveLength(1);
    });
  });

  describe('given keys the object mapper would skip', () => {
    it.each([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'isPrototypeOf',
      'propertyIsEnumerable',
      'toLocaleString',
      '__defineGetter__',
      '__lookupSetter__',
    ])('refuses %s as not an allowed field', (key) => {
      expect(inputErrors(JSON.parse(`{"facts":{"${key}":1}}`), '')).toEqual([{ path: `facts.${key}`, message: `${key} is not an allowed field` }]);
    });
  });
});
