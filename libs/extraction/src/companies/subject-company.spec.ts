import { findCompanies } from './find-companies';
import { subjectWordsOf } from './subject-company';

describe('subjectWordsOf', () => {
  it('names the most mentioned company by its words, without the legal form', () => {
    const text = 'Harrowgate Stores plc said it was hacked. Harrowgate shares fell. Rival Pellbrook Home rose.';
    const words = subjectWordsOf(findCompanies(text, []));
    expect(words.has('harrowgate')).toBe(true);
    expect(words.has('plc')).toBe(false);
    expect(words.has('pellbrook')).toBe(false);
  });

  it('is empty when the article names no company', () => {
    expect(subjectWordsOf([]).size).toBe(0);
  });
});
