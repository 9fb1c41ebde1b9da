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
  ])('refuses %j at %s', (body, path) => {
    const result = parseCorrectionInput(body);
    expect(result.ok ? [] : result.error.map((error) => error.path)).toEqual([path]);
  });
});

describe('parseRetractionInput', () => {
  it('accepts a reason, trimmed', () => {
    expect(parseRetractionInput({ reason: ' duplicate article ' })).toEqual({ ok: true, value: { reason: 'duplicate article' } });
  });

  it.each([[{}], [{ reason: '' }], [{ reason: 5 }], [{ reason: 'x', by: 'me' }], [null]])('refuses %j', (body) => {
    expect(parseRetractionInput(body).ok).toBe(false);
  });
});
