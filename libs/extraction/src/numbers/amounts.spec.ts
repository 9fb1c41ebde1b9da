import { foldText } from '../text/fold';
import { findMoney, findPercentages } from './amounts';
import { parseLocaleNumber } from './parse-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['2,3', 'fr', 2.3],
    ['966,00', 'fr', 966],
    ['8,185', 'fr', 8.185],
    ['750 000', 'fr', 750000],
    ['1.234,5', 'fr', 1234.5],
    ['28.60', 'fr', 28.6],
    ['8,185', 'en', 8185],
    ['120,000', 'en', 120000],
    ['485.98', 'en', 485.98],
    ['2,3', 'en', 2.3],
  ] as const)('reads %s in %s as %d', (raw, language, value) => {
    expect(parseLocaleNumber(raw, language)).toBe(value);
  });
});

describe('findPercentages', () => {
  it('reads signs, both decimal marks and small numbers in words', () => {
    const found = (text: string, language: 'fr' | 'en') => findPercentages(foldText(text), language).map(({ value, sign }) => [value, sign]);
    expect(found('en hausse de 2,3 % puis -2,96% et +1,5%', 'fr')).toEqual([
      [2.3, 0],
      [2.96, -1],
      [1.5, 1],
    ]);
    expect(found('down around five per cent, or 4.9 percent', 'en')).toEqual([
      [5, 0],
      [4.9, 0],
    ]);
    expect(found('cinq pour cent', 'fr')).toEqual([[5, 0]]);
    expect(found('shares fell 2.4pc to 845p', 'en')).toEqual([[2.4, 0]]);
  });
});

describe('findMoney', () => {
  const money = (text: string, language: 'fr' | 'en') =>
    findMoney(foldText(text), language).map(({ value, currency, scaled }) => ({ value, currency, scaled }));

  it('reads pence as GBX and euros, in French notation', () => {
    expect(money('à 966,00 pence, puis -2,96% à 8,185 euros', 'fr')).toEqual([
      { value: 966, currency: 'GBX', scaled: false },
      { value: 8.185, currency: 'EUR', scaled: false },
    ]);
  });

  it('reads rupees written Rs, Rs. or ₹ as INR, and not "rs" inside a word', () => {
    expect(money('from Rs 719.75 to Rs. 705, or ₹1,200; hours 24', 'en').map(({ value, currency }) => [value, currency])).toEqual([
      [719.75, 'INR'],
      [705, 'INR'],
      [1200, 'INR'],
    ]);
  });

  it('reads prefixed currencies and multipliers, which mark sizes rather than prices', () => {
    expect(money('shares at $485.98 and 377p; a $1.2bn charge and a £20m fine', 'en')).toEqual([
      { value: 485.98, currency: 'USD', scaled: false },
      { value: 377, currency: 'GBX', scaled: false },
      { value: 1.2e9, currency: 'USD', scaled: true },
      { value: 2e7, currency: 'GBP', scaled: true },
    ]);
    expect(money("une amende de 1,5 million d'euros", 'fr')).toEqual([{ value: 1.5e6, currency: 'EUR', scaled: true }]);
  });

  it('reads currency codes before the amount, symbols after it, and spaced thousands in French', () => {
    expect(money('priced at EUR 12.35, or USD 43.17', 'en')).toEqual([
      { value: 12.35, currency: 'EUR', scaled: false },
      { value: 43.17, currency: 'USD', scaled: false },
    ]);
    expect(money('à 18,75 $ puis à 1\u00a0046 pence', 'fr')).toEqual([
      { value: 18.75, currency: 'USD', scaled: false },
      { value: 1046, currency: 'GBX', scaled: false },
    ]);
  });
});
