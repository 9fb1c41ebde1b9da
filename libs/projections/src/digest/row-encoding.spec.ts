import { digestLine } from './row-encoding';

describe('the line a row is digested as', () => {
  it('tells apart rows that a plain join would not', () => {
    const rows: unknown[][] = [
      ['a|b', 'c'],
      ['a', 'b|c'],
      ['1', 1],
      [1, '1'],
      [null, 'z'],
      ['z', null],
      ['', ''],
      ['s0:', ''],
      [Buffer.from('ab'), 'x'],
      [BigInt(7), 7],
    ];
    const lines = rows.map(digestLine);
    expect(new Set(lines).size).toBe(rows.length);
  });

  it('is the same text for the same values', () => {
    expect(digestLine(['cvs-group', 1714348800000, 3, null, '{"a":"é"}'])).toBe(digestLine(['cvs-group', 1714348800000, 3, null, '{"a":"é"}']));
    expect(digestLine(['x', 2, null])).toBe('s1:x|n2|z|\n');
  });

  it('refuses values a read store cannot hold', () => {
    expect(() => digestLine([{}])).toThrow(/no object values/);
  });
});
