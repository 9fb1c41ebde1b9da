import { registrationBody } from '../testing/samples';
import { parseCompanyRegistration } from './parse-company';

function pathsOf(plain: unknown): string[] {
  const result = parseCompanyRegistration(plain);
  return result.ok ? [] : result.error.map((error) => error.path);
}

describe('parseCompanyRegistration', () => {
  it('accepts a full registration and trims its text', () => {
    const result = parseCompanyRegistration(registrationBody({ name: ' Acme plc ', aliases: [' Acme '] }));
    expect(result).toEqual({ ok: true, value: registrationBody() });
  });

  it('accepts the minimum: an id and a name', () => {
    expect(parseCompanyRegistration({ companyId: 'ab', name: 'AB' })).toEqual({ ok: true, value: { companyId: 'ab', name: 'AB' } });
  });

  it.each([
    [{ companyId: 'Acme' }, 'companyId'],
    [{ companyId: '-acme' }, 'companyId'],
    [{ companyId: 'a' }, 'companyId'],
    [{ companyId: `a${'b'.repeat(63)}` }, 'companyId'],
    [{ name: '  ' }, 'name'],
    [{ aliases: 'Acme' }, 'aliases'],
    [{ aliases: ['Acme', 3] }, 'aliases'],
    [{ country: 'gb' }, 'country'],
    [{ country: 'XX' }, 'country'],
    [{ identifiers: { lei: '213800ABCDEFGHIJKLXX' } }, 'identifiers.lei'],
    [{ identifiers: { isin: 'GB000123456X' } }, 'identifiers.isin'],
    [{ identifiers: { tickers: [{ symbol: 'ACME' }] } }, 'identifiers.tickers[0].venue'],
    [{ identifiers: { registry: { country: 'UK', number: '1' } } }, 'identifiers.registry.country'],
    [{ identifiers: { registry: { country: 'GB', number: '' } } }, 'identifiers.registry.number'],
    [{ identifiers: { figi: 'BBG000B9XRY4' } }, 'identifiers.figi'],
    [{ sector: 'retail' }, 'sector'],
  ])('refuses %j at %s', (overrides, path) => {
    expect(pathsOf(registrationBody(overrides))).toEqual([path]);
  });

  it('requires an id and a name', () => {
    expect(pathsOf({}).sort()).toEqual(['companyId', 'name']);
  });

  it.each([
    [{ name: 'Acme \uD800' }, 'name'],
    [{ aliases: ['\uDC00 Acme'] }, 'aliases[0]'],
    [{ identifiers: { tickers: [{ symbol: 'ACME', venue: 'LSE\uD83D' }] } }, 'identifiers.tickers[0].venue'],
    [{ identifiers: { registry: { country: 'GB', number: '\uDFFF' } } }, 'identifiers.registry.number'],
    [{ identifiers: { '\uD800': 'x' } }, 'identifiers.\uD800'],
  ])('refuses a lone surrogate in %j at %s', (overrides, path) => {
    const result = parseCompanyRegistration(registrationBody(overrides));
    expect(result).toEqual({ ok: false, error: [{ path, message: expect.stringContaining('lone UTF-16 surrogate') }] });
  });

  it('refuses 100,000 nested objects under identifiers.registry with one error', () => {
    let registry: unknown = {};
    for (let level = 0; level < 100_000; level += 1) registry = { registry };
    const paths = pathsOf(registrationBody({ identifiers: { registry } }));
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^identifiers(\.registry)+$/);
  });

  it.each(['toString', 'valueOf', 'hasOwnProperty', '__lookupGetter__'])('refuses identifiers.%s instead of dropping it', (name) => {
    expect(pathsOf(registrationBody({ identifiers: { lei: '213800ABCDEFGHIJKL12', [name]: 'x' } }))).toEqual([`identifiers.${name}`]);
  });
});
