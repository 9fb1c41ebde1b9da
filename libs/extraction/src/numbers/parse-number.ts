import { Language } from '../language';

/**
 * A number as written in the article's locale: in French the comma is the decimal mark ("2,3", "8,185")
 * and spaces or dots group thousands; in English the dot is. The other mark is read as a thousands
 * separator only when groups of exactly three digits follow it ("120,000"), otherwise as a decimal mark.
 */
export function parseLocaleNumber(raw: string, language: Language): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const decimalMark = language === 'fr' ? ',' : '.';
  const otherMark = decimalMark === ',' ? '.' : ',';
  let normalized = compact;
  if (compact.includes(otherMark)) {
    const groups = compact.split(decimalMark)[0].split(otherMark);
    const thousands = groups[0].length <= 3 && groups.slice(1).every((group) => group.length === 3);
    if (thousands) normalized = compact.split(otherMark).join('');
    else if (groups.length === 2 && !compact.includes(decimalMark)) normalized = compact.replace(otherMark, decimalMark);
    else return null;
  }
  normalized = normalized.replace(decimalMark, '.');
  if ((normalized.match(/\./g)?.length ?? 0) > 1) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
};

/** A small number written as a word ("five", "cinq"), or null. */
export function numberWord(word: string): number | null {
  return WORDS[word.toLowerCase()] ?? null;
}

export const NUMBER_WORD_PATTERN = Object.keys(WORDS).join('|');

/** Multipliers written after an amount ("1.2bn", "£20m", "1,5 million", "750 000"). */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const folded = word.toLowerCase();
  if (/^(?:bn|billions?|milliards?|mds?|mrd)$/.test(folded)) return 1e9;
  if (/^(?:m|mn|mln|millions?)$/.test(folded)) return 1e6;
  if (/^(?:k|thousand|mille)$/.test(folded)) return 1e3;
  return 1;
}
