import { RECORDABLE_TYPES } from '../events/catalogue';
import { disclosureBody, ID_1, INVALID_FACTS, VALID_FACTS } from '../testing/samples';
import { FieldError } from './field-error';
import { parseDisclosureInput } from './parse-disclosure';

function errorsOf(plain: unknown): FieldError[] {
  const result = parseDisclosureInput(plain);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function pathsOf(plain: unknown): string[] {
  return errorsOf(plain).map((error) => error.path);
}

describe('parseDisclosureInput', () => {
  describe.each(RECORDABLE_TYPES)('%s', (type) => {
    it('accepts a valid sample', () => {
      const result = parseDisclosureInput(disclosureBody(type));
      expect(result).toMatchObject({ ok: true, value: { type, facts: VALID_FACTS[type] } });
    });

    it('refuses an invalid sample at the right path', () => {
      const { facts, path } = INVALID_FACTS[type];
      expect(pathsOf(disclosureBody(type, { facts }))).toEqual([path]);
    });

    it('refuses an unknown facts field, naming it', () => {
      const errors = errorsOf(disclosureBody(type, { facts: { ...VALID_FACTS[type], severityScore: 3 } }));
      expect(errors).toEqual([{ path: 'facts.severityScore', message: expect.stringContaining('severityScore') }]);
    });
  });

  it('trims free text and refuses text that is blank once trimmed', () => {
    const result = parseDisclosureInput(disclosureBody('OtherDisclosure', { facts: { summary: '  CEO resigns \n' } }));
    expect(result).toMatchObject({ ok: true, value: { facts: { summary: 'CEO resigns' } } });
    expect(pathsOf(disclosureBody('OtherDisclosure', { facts: { summary: ' \t ' } }))).toEqual(['facts.summary']);
  });

  it('defaults SystemsRestored.partial to false', () => {
    const result = parseDisclosureInput(disclosureBody('SystemsRestored', { facts: { systems: 'tills' } }));
    expect(result).toMatchObject({ ok: true, value: { facts: { partial: false, systems: 'tills' } } });
  });

  it('returns plain data without absent members, so it compares equal to a retry', () => {
    const result = parseDisclosureInput(disclosureBody('OtherDisclosure'));
    if (!result.ok) throw new Error('expected a valid disclosure');
    expect(Object.getPrototypeOf(result.value.facts)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.value.source)).toBe(Object.prototype);
    expect(Object.keys(result.value)).not.toContain('evidence');
    expect(result.value).toEqual(JSON.parse(JSON.stringify(result.value)));
  });

  describe('share price moves', () => {
    it.each([
      [{ direction: 'up', changePct: -1 }, 'facts.changePct'],
      [{ direction: 'up', currency: 'gbp' }, 'facts.currency'],
      [{ direction: 'up', currency: 'XYZ' }, 'facts.currency'],
      [{ changePct: 3 }, 'facts.direction'],
      [{ direction: 'up', price: -2 }, 'facts.price'],
    ])('refuses %j at %s', (facts, path) => {
      expect(pathsOf(disclosureBody('SharePriceMoved', { facts }))).toEqual([path]);
    });

    it('accepts ISO 4217 codes and GBX, and a zero move', () => {
      for (const currency of ['EUR', 'USD', 'GBX', 'GBP']) {
        expect(parseDisclosureInput(disclosureBody('SharePriceMoved', { facts: { direction: 'up', changePct: 0, currency } })).ok).toBe(true);
      }
    });
  });

  describe('guidance figures', () => {
    const cut = { summary: 'Profit guidance cut', direction: 'down' };

    it('accepts a previous and a current figure as values', () => {
      const facts = {
        ...cut,
        previous: { text: 'about £31m', low: 31e6, high: 31e6, currency: 'GBP' },
        current: { text: '3-4%', low: 3, high: 4, unit: '%' },
      };
      expect(parseDisclosureInput(disclosureBody('GuidanceChanged', { facts }))).toMatchObject({ ok: true, value: { facts } });
    });

    it.each([
      [{ current: { text: '£20m', high: 20e6 } }, 'facts.current.low'],
      [{ previous: { text: '£20m', low: -1, high: 20e6 } }, 'facts.previous.low'],
      [{ current: { text: '£20m', low: 20e6, high: 20e6, currency: 'pounds' } }, 'facts.current.currency'],
      [{ current: '£20m' }, 'facts.current'],
      [{ current: { text: '£25m-£20m', low: 25e6, high: 20e6 } }, 'facts.current.high'],
    ])('refuses %j at %s', (figure, path) => {
      expect(pathsOf(disclosureBody('GuidanceChanged', { facts: { ...cut, ...figure } }))).toEqual([path]);
    });
  });

  it('refuses a negative number of records affected', () => {
    expect(pathsOf(disclosureBody('DataExposureConfirmed', { facts: { recordsAffected: -1 } }))).toEqual(['facts.recordsAffected']);
  });

  describe('lone UTF-16 surrogates', () => {
    const message = expect.stringContaining('lone UTF-16 surrogate');

    it.each([
      ['facts text', { facts: { summary: 'CEO \uD800 resigns' } }, 'facts.summary'],
      ['the source publisher', { source: { kind: 'news', publisher: 'RNS\uDC00' } }, 'source.publisher'],
      ['the source title', { source: { kind: 'news', title: '\uD83D' } }, 'source.title'],
      ['an evidence quote', { evidence: [{ quote: 'ok' }, { quote: 'x\uDFFF' }] }, 'evidence[1].quote'],
      ['an unknown facts field', { facts: { summary: 'x', note: { deep: ['\uD800'] } } }, 'facts.note.deep[0]'],
      ['a facts key', { facts: { summary: 'x', 'k\uD800': 1 } }, 'facts.k\uD800'],
      ['a top-level key', { '\uDC00': 1 }, '\uDC00'],
    ])('refuses one in %s, naming its path', (_case, overrides, path) => {
      expect(errorsOf(disclosureBody('OtherDisclosure', overrides))).toEqual([{ path, message }]);
    });

    it('accepts surrogate pairs (emoji and other astral characters)', () => {
      const result = parseDisclosureInput(disclosureBody('OtherDisclosure', { facts: { summary: 'CEO resigns \u{1F4C9}' } }));
      expect(result).toMatchObject({ ok: true, value: { facts: { summary: 'CEO resigns \u{1F4C9}' } } });
    });
  });

  describe('deep nesting', () => {
    function nestedArrays(levels: number): unknown {
      let value: unknown = [];
      for (let level = 1; level < levels; level += 1) value = [value];
      return value;
    }

    it('refuses 10,000 nested arrays in facts with one error instead of overflowing the stack', () => {
      const errors = errorsOf(disclosureBody('OtherDisclosure', { facts: { summary: 'x', extra: nestedArrays(10_000) } }));
      expect(errors).toEqual([{ path: expect.stringMatching(/^facts\.extra(\[0\])+$/), message: expect.stringContaining('levels') }]);
    });
  });

  describe('fields named like Object.prototype members', () => {
    const names = ['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__'];

    it.each(names)('refuses facts.%s instead of dropping it', (name) => {
      const body = disclosureBody('OtherDisclosure', { facts: { summary: 'x', [name]: 'y' } });
      expect(errorsOf(body)).toEqual([{ path: `facts.${name}`, message: `${name} is not an allowed field` }]);
    });

    it.each(names)('refuses %s at the top level and in the source', (name) => {
      const body = disclosureBody('OtherDisclosure', { [name]: 1, source: { kind: 'news', [name]: 1 } });
      expect(pathsOf(body).sort()).toEqual([name, `source.${name}`].sort());
    });
  });

  describe('integers beyond Number.MAX_SAFE_INTEGER', () => {
    it.each([
      [{ facts: { recordsAffected: 9007199254740993 } }, 'facts.recordsAffected'],
      [{ facts: { recordsAffected: 1e300 } }, 'facts.recordsAffected'],
      [{ evidence: [{ quote: 'x', start: 2 ** 53 }] }, 'evidence[0].start'],
      [{ evidence: [{ quote: 'x', end: 2 ** 60 }] }, 'evidence[0].end'],
    ])('refuses %j at %s, naming the field', (overrides, path) => {
      const [field] = path.split('.').slice(-1);
      const errors = errorsOf(disclosureBody('DataExposureConfirmed', overrides));
      expect(errors).toEqual([{ path, message: expect.stringContaining(`${field} must be a safe integer`) }]);
    });

    it('accepts the largest safe integer', () => {
      const result = parseDisclosureInput(disclosureBody('DataExposureConfirmed', { facts: { recordsAffected: Number.MAX_SAFE_INTEGER } }));
      expect(result).toMatchObject({ ok: true, value: { facts: { recordsAffected: Number.MAX_SAFE_INTEGER } } });
    });

    it.each([
      [{ direction: 'up', price: 1e300 }, 'facts.price'],
      [{ direction: 'up', changePct: 1e20 }, 'facts.changePct'],
    ])('refuses a number too large to be a price or a move: %j at %s', (facts, path) => {
      expect(pathsOf(disclosureBody('SharePriceMoved', { facts }))).toEqual([path]);
    });

    it('accepts large but plausible prices and moves', () => {
      const facts = { direction: 'up', price: 63_000_000, changePct: 12_500.5 };
      expect(parseDisclosureInput(disclosureBody('SharePriceMoved', { facts })).ok).toBe(true);
    });
  });

  describe('type', () => {
    it.each([['Unknown'], [undefined], [42], ['DisclosureCorrected'], ['CompanyRegistered']])('refuses %p with one error listing the known types', (type) => {
      const errors = errorsOf(disclosureBody('OtherDisclosure', { type }));
      expect(errors).toHaveLength(1);
      expect(errors[0].path).toBe('type');
      for (const known of RECORDABLE_TYPES) expect(errors[0].message).toContain(known);
    });
  });

  describe('no implicit conversion', () => {
    it.each([
      ['a number as a string', disclosureBody('SharePriceMoved', { facts: { direction: 'up', price: '12.5' } }), 'facts.price'],
      ['a boolean as a string', disclosureBody('BreachAnnounced', { facts: { dataAtRisk: 'true' } }), 'facts.dataAtRisk'],
      ['text as a number', disclosureBody('OtherDisclosure', { facts: { summary: 7 } }), 'facts.summary'],
      ['null for an optional field', disclosureBody('BreachAnnounced', { facts: { summary: null } }), 'facts.summary'],
      ['an integer as a string', disclosureBody('DataExposureConfirmed', { facts: { recordsAffected: '10' } }), 'facts.recordsAffected'],
      ['a date as a number', disclosureBody('OtherDisclosure', { occurredAt: 20240301 }), 'occurredAt'],
      ['a list as a string', disclosureBody('DataExposureConfirmed', { facts: { dataTypes: 'names' } }), 'facts.dataTypes'],
      ['facts as a list', disclosureBody('OtherDisclosure', { facts: [] }), 'facts'],
    ])('refuses %s', (_case, body, path) => {
      expect(pathsOf(body)).toEqual([path]);
    });
  });

  describe('envelope', () => {
    it('refuses a body that is not an object with one error', () => {
      for (const body of [null, 'text', 3, [disclosureBody()]]) {
        expect(errorsOf(body)).toEqual([{ path: '', message: expect.any(String) }]);
      }
    });

    it('refuses unknown top-level, source and evidence fields, naming each', () => {
      const body = disclosureBody('OtherDisclosure', {
        confidence: 0.9,
        source: { kind: 'news', feed: 'x' },
        evidence: [{ quote: 'resigns', page: 2 }],
      });
      expect(pathsOf(body).sort()).toEqual(['confidence', 'evidence[0].page', 'source.feed']);
    });

    it('refuses keys the object mapper would drop silently', () => {
      const body = JSON.parse('{"type":"OtherDisclosure","source":{"kind":"news","constructor":1},"facts":{"summary":"x","__proto__":{"y":1}}}');
      expect(pathsOf(body).sort()).toEqual(['facts.__proto__', 'source.constructor']);
    });

    it('lowercases the disclosure id and refuses one that is not a UUID', () => {
      const result = parseDisclosureInput(disclosureBody('OtherDisclosure', { disclosureId: ID_1.toUpperCase() }));
      expect(result).toMatchObject({ ok: true, value: { disclosureId: ID_1 } });
      expect(pathsOf(disclosureBody('OtherDisclosure', { disclosureId: 'abc' }))).toEqual(['disclosureId']);
    });

    it.each([
      [{ kind: 'blog' }, 'source.kind'],
      [{ kind: 'news', url: 'ftp://example.com/x' }, 'source.url'],
      [{ kind: 'news', url: 'not a url' }, 'source.url'],
      [{ kind: 'news', language: 'english' }, 'source.language'],
      [{ kind: 'news', language: 'en_GB' }, 'source.language'],
      [{ kind: 'news', publisher: '' }, 'source.publisher'],
      ['news', 'source'],
    ])('refuses source %j at %s', (source, path) => {
      expect(pathsOf(disclosureBody('OtherDisclosure', { source }))).toEqual([path]);
    });

    it('requires a source', () => {
      const { source: _source, ...body } = disclosureBody('OtherDisclosure');
      expect(pathsOf(body)).toEqual(['source']);
    });

    it('accepts BCP 47 language tags', () => {
      for (const language of ['fr', 'en-GB', 'zh-Hant-TW', 'es-419']) {
        const body = disclosureBody('OtherDisclosure', { source: { kind: 'news', language } });
        expect(parseDisclosureInput(body).ok).toBe(true);
      }
    });

    it('accepts evidence spans and keeps quotes verbatim', () => {
      const evidence = [{ quote: ' systems were taken offline ', start: 10, end: 38 }, { quote: 'offline' }];
      const result = parseDisclosureInput(disclosureBody('OtherDisclosure', { evidence }));
      expect(result).toMatchObject({ ok: true, value: { evidence } });
    });

    it.each([
      [[{ quote: 'x', start: 5, end: 5 }], 'evidence[0].end'],
      [[{ quote: 'x', start: 5, end: 4 }], 'evidence[0].end'],
      [[{ quote: 'x', start: -1 }], 'evidence[0].start'],
      [[{ quote: 'x', start: 1.5 }], 'evidence[0].start'],
      [[{ quote: 'x' }, { quote: '  ' }], 'evidence[1].quote'],
      [[{ start: 1 }], 'evidence[0].quote'],
      [['a quote'], 'evidence'],
      [[[{ quote: 'x' }]], 'evidence'],
      [{ quote: 'x' }, 'evidence'],
    ])('refuses evidence %j at %s', (evidence, path) => {
      expect(pathsOf(disclosureBody('OtherDisclosure', { evidence }))).toEqual([path]);
    });
  });
});
