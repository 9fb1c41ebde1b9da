import { disclosureBody, ID_1 } from '../testing/samples';
import { MAX_BATCH_SIZE, parseDisclosureBatch } from './parse-batch';

describe('parseDisclosureBatch', () => {
  it('accepts one disclosure object as a batch of one that is not a batch', () => {
    const result = parseDisclosureBatch(disclosureBody('OtherDisclosure', { disclosureId: ID_1 }));
    expect(result).toMatchObject({ ok: true, value: { batch: false, disclosures: [{ disclosureId: ID_1 }] } });
  });

  it('accepts {disclosures: [...]} and keeps the order', () => {
    const body = { disclosures: [disclosureBody('BreachAnnounced'), disclosureBody('RegulatorNotified')] };
    const result = parseDisclosureBatch(body);
    expect(result).toMatchObject({
      ok: true,
      value: { batch: true, disclosures: [{ type: 'BreachAnnounced' }, { type: 'RegulatorNotified' }] },
    });
  });

  it('reports errors with the index of each disclosure', () => {
    const body = {
      disclosures: [
        disclosureBody('OtherDisclosure'),
        disclosureBody('SharePriceMoved', { facts: { direction: 'up', currency: 'pence' } }),
        disclosureBody('OtherDisclosure', { type: 'Nope' }),
      ],
    };
    const result = parseDisclosureBatch(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((e) => e.path)).toEqual(['disclosures[1].facts.currency', 'disclosures[2].type']);
  });

  it.each([
    ['an empty list', []],
    ['not a list', disclosureBody()],
    ['too many', Array.from({ length: MAX_BATCH_SIZE + 1 }, () => disclosureBody())],
  ])('refuses %s at disclosures', (_case, disclosures) => {
    expect(parseDisclosureBatch({ disclosures })).toEqual({ ok: false, error: [{ path: 'disclosures', message: expect.any(String) }] });
  });

  it('accepts the largest batch', () => {
    const disclosures = Array.from({ length: MAX_BATCH_SIZE }, () => disclosureBody('OtherDisclosure'));
    const result = parseDisclosureBatch({ disclosures });
    expect(result.ok && result.value.disclosures.length).toBe(MAX_BATCH_SIZE);
  });

  it('refuses fields next to disclosures, and non-object items', () => {
    const result = parseDisclosureBatch({ disclosures: [disclosureBody(), 'x'], dryRun: true });
    expect(result).toEqual({
      ok: false,
      error: [
        { path: 'dryRun', message: 'dryRun is not an allowed field' },
        { path: 'disclosures[1]', message: expect.any(String) },
      ],
    });
  });

  it('refuses a body that is not an object', () => {
    expect(parseDisclosureBatch('[]')).toEqual({ ok: false, error: [{ path: '', message: expect.any(String) }] });
  });

  it('refuses a lone surrogate inside one disclosure, naming its index and path', () => {
    const body = {
      disclosures: [disclosureBody('OtherDisclosure'), disclosureBody('OtherDisclosure', { source: { kind: 'news', publisher: 'RNS \uD800' } })],
    };
    expect(parseDisclosureBatch(body)).toEqual({
      ok: false,
      error: [{ path: 'disclosures[1].source.publisher', message: expect.stringContaining('lone UTF-16 surrogate') }],
    });
  });

  it('refuses a lone surrogate in a field name next to disclosures', () => {
    const result = parseDisclosureBatch({ disclosures: [disclosureBody()], '\uDC00': true });
    expect(result).toEqual({ ok: false, error: [{ path: '\uDC00', message: expect.stringContaining('lone UTF-16 surrogate') }] });
  });

  it('refuses deep nesting inside one disclosure without overflowing the stack', () => {
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level += 1) deep = { x: deep };
    const result = parseDisclosureBatch({ disclosures: [disclosureBody('OtherDisclosure', { facts: { summary: 's', deep } })] });
    expect(result).toEqual({
      ok: false,
      error: [{ path: expect.stringMatching(/^disclosures\[0\]\.facts\.deep(\.x)+$/), message: expect.stringContaining('levels') }],
    });
  });

  it('refuses toString next to disclosures', () => {
    const result = parseDisclosureBatch({ disclosures: [disclosureBody()], toString: 1 });
    expect(result).toEqual({ ok: false, error: [{ path: 'toString', message: 'toString is not an allowed field' }] });
  });
});
