import { randomJsonValues } from './testing/random-json';
import { referenceCanonicalize } from './testing/reference-canonicalize';
import { canonicalJson } from './canonical-json';
import { compileMemberWriter } from './member-writer';

// Names that would break generated code if they were pasted into it rather than quoted.
const AWKWARD_NAMES = [
  '"]); throw new Error("injected"); ("',
  "'",
  '\\',
  '`${1}`',
  '\u2028',
  '\u2029',
  '\n',
  '</script>',
  '__proto__',
  'constructor',
  '10',
  '1',
  '',
  'é€😀',
  'toString',
];

describe('canonicalJson of objects shaped alike', () => {
  it('writes each object as the reference does, before and after its layout is compiled', () => {
    const fill = randomJsonValues(4000, 2024);
    let next = 0;
    const layouts = [AWKWARD_NAMES, ['companyId', 'disclosureId', 'occurredAt', 'disclosedAt', 'source', 'facts'], ['b', 'a', 'B', 'A', '_'], ['only']];
    const values = layouts.flatMap((names) =>
      Array.from({ length: 40 }, (_, copy) => {
        const object: Record<string, unknown> = {};
        for (const name of names) {
          // As JSON.parse makes them: own members, "__proto__" included.
          const value = copy % 7 === 3 && name !== 'only' ? undefined : fill[next++ % fill.length];
          Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
        }
        return object;
      }),
    );
    const reference = referenceCanonicalize(values);
    values.forEach((value, i) => {
      const expected = reference[i];
      if (!('text' in expected)) throw new Error(`reference rejected value ${i}: ${expected.error}`);
      expect(canonicalJson(value)).toBe(expected.text);
    });
  });

  it('writes {} once every member of a compiled layout is left out', () => {
    for (let i = 0; i < 20; i++) expect(canonicalJson({ gone: undefined, fn: () => 1 })).toBe('{}');
  });

  it('still rejects names with a lone surrogate', () => {
    for (let i = 0; i < 20; i++) expect(() => canonicalJson({ ['x\ud800']: 1 })).toThrow(RangeError);
  });
});

describe('compileMemberWriter', () => {
  it('reads every name as data, never as code', () => {
    const names = [...AWKWARD_NAMES].sort();
    const write = compileMemberWriter(
      names,
      names.map((name) => `{${JSON.stringify(name)}:`),
      names.map((name) => `,${JSON.stringify(name)}:`),
    );
    const object = Object.fromEntries(names.map((name, i) => [name, i]));
    expect(write(object, (value) => String(value))).toBe(`{${names.map((name, i) => `${JSON.stringify(name)}:${i}`).join(',')}}`);
  });
});
