import { foldText } from '../text/fold';
import { findDateMentions } from './date-mentions';

const datesIn = (text: string, publishedOn: string | null) => findDateMentions(foldText(text), text, publishedOn).map((mention) => mention.date);

describe('findDateMentions', () => {
  // 2024-03-14 is a Thursday.
  it.each([
    ['a déclaré lundi', ['2024-03-11']],
    ['annoncé hier soir', ['2024-03-13']],
    ['said yesterday', ['2024-03-13']],
    ['on Tuesday', ['2024-03-12']],
    ['jeudi matin', ['2024-03-14']],
    ['last Thursday', ['2024-03-07']],
    ['this afternoon', ['2024-03-14']],
    ['le 24 janvier', ['2024-01-24']],
    ['on 2 December', ['2023-12-02']],
    ['discovered on September 18, 2023', ['2023-09-18']],
    ['samedi 9 mars', ['2024-03-09']],
    ['le 18/09/2023', ['2023-09-18']],
    ['on June 3rd', ['2023-06-03']],
    ['le vendredi 31 mai', ['2023-05-31']],
    ['en mars, at 09H41', []],
    ['taken offline for four days, pendant deux jours, à 22', []],
  ])('resolves "%s"', (text, expected) => {
    expect(datesIn(text, '2024-03-14')).toEqual(expected);
  });

  it('cannot resolve a relative day without a publication date, but still sees it', () => {
    expect(datesIn('a déclaré lundi', null)).toEqual([null]);
    expect(datesIn('le 20 novembre 2021', null)).toEqual(['2021-11-20']);
  });

  it('reads an English month only when written with a capital, so "may" stays a verb', () => {
    expect(datesIn('data may 5 times', '2024-03-14')).toEqual([]);
  });
});
