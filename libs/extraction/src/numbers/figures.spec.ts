import { foldText } from '../text/fold';
import { Language } from '../language';
import { findFigures } from './figures';

function figures(text: string, language: Language) {
  const folded = foldText(text);
  return findFigures(folded, language).map(({ index, end, ...values }) => ({ text: text.slice(index, end), ...values }));
}

describe('findFigures', () => {
  it('reads a range written with a dash, "to", "between ... and" or "entre ... et" as one figure', () => {
    expect(figures('profit of £20m-£25m this year', 'en')).toEqual([{ text: '£20m-£25m', low: 20e6, high: 25e6, currency: 'GBP' }]);
    expect(figures('to cost between $6m and $8m', 'en')).toEqual([{ text: 'between $6m and $8m', low: 6e6, high: 8e6, currency: 'USD' }]);
    expect(figures("entre 40 et 50 millions d'euros", 'fr')).toEqual([{ text: "entre 40 et 50 millions d'euros", low: 40e6, high: 50e6, currency: 'EUR' }]);
    expect(figures("a margin of 3-4% and about 1,2 milliard d'euros", 'fr')).toEqual([
      { text: '3-4%', low: 3, high: 4, unit: '%' },
      { text: "about 1,2 milliard d'euros", low: 1.2e9, high: 1.2e9, currency: 'EUR' },
    ]);
  });

  it('keeps a change "from X to Y" as two figures', () => {
    expect(figures('cut from £55m to £40m', 'en').map((figure) => figure.text)).toEqual(['£55m', '£40m']);
    // "65" alone names no unit: only the amount it changed to is a figure
    expect(figures("ramené de 65 à 45 millions d'euros", 'fr').map((figure) => figure.text)).toEqual(["45 millions d'euros"]);
  });
});
