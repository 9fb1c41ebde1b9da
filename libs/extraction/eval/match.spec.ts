import { matches, pairUp, sameRegulator } from './match';

describe('matching proposals to labels', () => {
  it('compares regulators by short name, and unnamed authorities by their words', () => {
    expect(sameRegulator("Information Commissioner's Office (ICO)", 'ICO')).toBe(true);
    expect(sameRegulator('U.S. Department of Justice', 'DOJ')).toBe(true);
    expect(sameRegulator('autorités compétentes', 'les autorités compétentes')).toBe(true);
    expect(sameRegulator('ICO', 'FCA')).toBe(false);
    expect(sameRegulator('autorités compétentes', 'CNIL')).toBe(false);
  });

  it('requires the key facts of a share move that the label gives', () => {
    const label = { type: 'SharePriceMoved', occurredOn: null, facts: { direction: 'up', changePct: 2.3, price: 966, currency: 'GBX' } };
    expect(
      matches(label, { type: 'SharePriceMoved', occurredOn: null, facts: { direction: 'up', changePct: 2.3, price: 966, currency: 'GBX', venue: 'x' } }),
    ).toBe(true);
    expect(matches(label, { type: 'SharePriceMoved', occurredOn: null, facts: { direction: 'up', changePct: 2.3, price: 966 } })).toBe(false);
    expect(matches(label, { type: 'SharePriceMoved', occurredOn: null, facts: { direction: 'down', changePct: 2.3, price: 966, currency: 'GBX' } })).toBe(
      false,
    );
    expect(matches(label, { type: 'GuidanceChanged', occurredOn: null, facts: {} })).toBe(false);
  });

  it('matches a percentage the extractor calculated at the precision the label gives', () => {
    const label = { type: 'SharePriceMoved', occurredOn: null, facts: { direction: 'down', changePct: 11.2, price: 143.6, currency: 'GBX' } };
    const proposed = { type: 'SharePriceMoved', occurredOn: null, facts: { direction: 'down', changePct: 11.25, price: 143.6, currency: 'GBX' } };
    expect(matches(label, { ...proposed, computedFacts: ['changePct'] })).toBe(true);
    expect(matches(label, proposed)).toBe(false);
    expect(matches({ ...label, facts: { ...label.facts, changePct: 11.22 } }, { ...proposed, computedFacts: ['changePct'] })).toBe(false);
  });

  it('pairs each label with at most one proposal, as many as possible', () => {
    const labels = [
      { type: 'RegulatorNotified', occurredOn: null, facts: { regulator: 'ICO' } },
      { type: 'RegulatorNotified', occurredOn: null, facts: { regulator: 'NCSC' } },
      { type: 'OtherDisclosure', occurredOn: null, facts: { summary: 'x' } },
    ];
    const proposals = [
      { type: 'RegulatorNotified', occurredOn: null, facts: { regulator: 'NCSC' } },
      { type: 'OtherDisclosure', occurredOn: null, facts: { summary: 'y' } },
      { type: 'OtherDisclosure', occurredOn: null, facts: { summary: 'z' } },
    ];
    expect(pairUp(labels, proposals).sort()).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });
});
