import { parseCorrectionInput, parseRetractionInput } from './parse-amendments';

describe('parseCorrectionInput', () => {
  it('accepts facts, a business time, or both, with a trimmed reason', () => {
    expect(parseCorrectionInput({ facts: { summary: 'x' }, reason: ' typo ' })).toEqual({
      ok: true,
      value: { facts: { summary: 'x' }, reason: 'typo' },
    });
    expect(parseCorrectionInput({ occurredAt: '2024-02-28', reason: 'wrong day' })).toEqual({
      ok: true,
      value: { occurredAt: '2024-02-28', reason: 'wrong day' },
    });
  });

  it("takes the client's own id for the correction, in lower case", () => {
    const parsed = parseCorrectionInput({ correctionId: 'C0FFEE00-0000-4000-8000-00000000000A', occurredAt: '2024-02-28', reason: 'r' });
    expect(parsed).toMatchObject({ ok: true, value: { correctionId: 'c0ffee00-0000-4000-8000-00000000000a' } });
  });

  it.each([
    [{ reason: 'nothing to correct' }, 'facts'],
    [{ facts: {}, reason: 'empty patch' }, 'facts'],
    [JSON.parse('{"facts":{"__proto__":{"summary":"x"}},"reason":"r"}'), 'facts.__proto__'],
    [{ facts: { summary: 'x' } }, 'reason'],
    [{ facts: { summary: 'x' }, reason: ' ' }, 'reason'],
    [{ facts: 'x', reason: 'r' }, 'facts'],
    [{ facts: ['x'], reason: 'r' }, 'facts'],
    [{ occurredAt: '2024-02-30', reason: 'r' }, 'occurredAt'],
    [{ occurredAt: '2024-02-28', reason: 'r', disclosedAt: '2024-02-28' }, 'disclosedAt'],
    [{ occurredAt: '2024-02-28', reason: 'r', correctionId: 'not-a-uuid' }, 'correctionId'],
  ])('refuses %j at %s', (body, path) => {
    const result = parseCorrectionInput(body);
    expect(result.ok ? [] : result.error.map((error) => error.path)).toEqual([path]);
  });
});

describe('parseRetractionInput', () => {
  it('accepts a reason, trimmed', () => {
    expect(parseRetractionInput({ reason: ' duplicate article ' })).toEqual({ ok: true, value: { reason: 'duplicate article' } });
  });

  it("takes the client's own id for the retraction, and refuses one that is not a UUID", () => {
    expect(parseRetractionInput({ retractionId: 'C0FFEE00-0000-4000-8000-00000000000B', reason: 'r' })).toEqual({
      ok: true,
      value: { retractionId: 'c0ffee00-0000-4000-8000-00000000000b', reason: 'r' },
    });
    expect(parseRetractionInput({ retractionId: 7, reason: 'r' })).toMatchObject({ ok: false, error: [{ path: 'retractionId' }] });
  });

  it.each([[{}], [{ reason: '' }], [{ reason: 5 }], [{ reason: 'x', by: 'me' }], [null]])('refuses %j', (body) => {
    expect(parseRetractionInput(body).ok).toBe(false);
  });
});

describe('amendments with malformed input', () => {
  const surrogate = expect.stringContaining('lone UTF-16 surrogate');

  it.each([
    [{ facts: { summary: 'x\uD800' }, reason: 'r' }, 'facts.summary'],
    [{ facts: { summary: 'x' }, reason: 'typo \uDC00' }, 'reason'],
  ])('refuses a lone surrogate in a correction: %j at %s', (body, path) => {
    expect(parseCorrectionInput(body)).toEqual({ ok: false, error: [{ path, message: surrogate }] });
  });

  it('refuses a lone surrogate in a retraction reason', () => {
    expect(parseRetractionInput({ reason: 'dup \uD800' })).toEqual({ ok: false, error: [{ path: 'reason', message: surrogate }] });
  });

  it.each(['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'names facts.%s when it is the only field of the patch, instead of asking for facts',
    (name) => {
      expect(parseCorrectionInput({ facts: { [name]: 'x' }, reason: 'r' })).toEqual({
        ok: false,
        error: [{ path: `facts.${name}`, message: `${name} is not an allowed field` }],
      });
    },
  );

  it('refuses deeply nested facts without overflowing the stack', () => {
    let deep: unknown = [];
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    const result = parseCorrectionInput({ facts: { summary: deep }, reason: 'r' });
    expect(result.ok ? [] : result.error.map((error) => error.message)).toEqual([expect.stringContaining('levels')]);
  });
});
