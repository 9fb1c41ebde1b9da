import { foldText } from '../text/fold';
import { EN } from './en';
import { startsWithWordOf, triggerPattern } from './engine';
import { FR } from './fr';
import { Vocabulary, VocabularyName } from './vocabulary';

const matchesOf = (name: VocabularyName, language: 'en' | 'fr', text: string) =>
  [...foldText(text).matchAll(triggerPattern(name, language))].map((match) => match[0]);

describe('rule tables', () => {
  it.each([
    ['en', EN],
    ['fr', FR],
  ] as [string, Vocabulary][])('%s has words for every vocabulary, each a valid pattern', (_language, table) => {
    for (const [name, entries] of Object.entries(table)) {
      expect({ name, count: entries.length > 0 }).toEqual({ name, count: true });
      for (const entry of entries) expect(() => new RegExp(entry)).not.toThrow();
    }
  });
});

describe('rule engine', () => {
  it('finds a vocabulary’s words in the article’s language, and the other language’s too', () => {
    expect(matchesOf('sanction', 'en', 'The regulator fined the group, an amende of €2m.')).toEqual(['fined', 'amende']);
    expect(matchesOf('sanction', 'fr', "L'AMF a infligé une amende ; the fine is large.")).toEqual(['amende', 'fine']);
  });

  it('matches whole words where the vocabulary says so, and word starts elsewhere', () => {
    expect(matchesOf('breach', 'en', 'The hackery club and the hackers.')).toEqual(['hackers']);
    expect(matchesOf('impact', 'en', 'Deliveries were disrupted.')).toEqual(['disrupted']);
  });

  it('reads a reactivation, not responsiveness ("réactivité")', () => {
    expect(matchesOf('restored', 'fr', 'Le portail a été réactivé pour gagner en réactivité.')).toEqual(['reactive']);
  });

  it('tells whether a text starts with a word of a vocabulary', () => {
    expect(startsWithWordOf('sanction', 'en', 'penalty of £1m')).toBe(true);
    expect(startsWithWordOf('sanction', 'en', 'a penalty of £1m')).toBe(false);
  });
});
