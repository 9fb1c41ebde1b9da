import { Language } from '../language';
import { NUMBER_WORD_PATTERN, numberWord, parseLocaleNumber, scaleOf } from './parse-number';

/** Digits as written in either locale: "2,3", "966,00", "1.4", "120,000", "750 000". */
export const NUMBER = String.raw`\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*`;

export interface Percentage {
  /** Indices in the searched (folded) text. */
  index: number;
  end: number;
  value: number;
  /** -1 or +1 when written with a sign ("-2,96%"), else 0. */
  sign: number;
}

export interface Money {
  index: number;
  end: number;
  value: number;
  /** ISO 4217, or GBX for pence. */
  currency: string;
  /** True for amounts written with a multiplier ("$1.2bn", "£20m"): sizes, never a share price. */
  scaled: boolean;
}

const PERCENT = new RegExp(String.raw`(?<![\w.,])(?:([+-])\s?)?(${NUMBER}|${NUMBER_WORD_PATTERN})\s?(?:%|pour ?cent\b|per ?cent\b|percent\b|pct\b|pc\b)`, 'g');

/** Percentages in a folded text ("2,3 %", "-2,96%", "five per cent"). */
export function findPercentages(folded: string, language: Language): Percentage[] {
  const found: Percentage[] = [];
  for (const match of folded.matchAll(PERCENT)) {
    const value = /\d/.test(match[2]) ? parseLocaleNumber(match[2], language) : numberWord(match[2]);
    if (value === null) continue;
    const sign = match[1] === '-' ? -1 : match[1] === '+' ? 1 : 0;
    found.push({ index: match.index ?? 0, end: (match.index ?? 0) + match[0].length, value, sign });
  }
  return found;
}

const SCALE = String.raw`bn|billions?|milliards?|mds?|mn|mln|millions?|m|k`;
const PREFIXED = new RegExp(String.raw`(us ?\$|\$|£|€|₹|(?<![a-z])(?:eur|usd|gbp|chf|inr|rs\.?)(?=\s?\d))\s?(${NUMBER})(?:\s?(${SCALE})\b)?`, 'g');
const SUFFIXED = new RegExp(
  String.raw`(?<![\w.,])(${NUMBER})\s?(?:(${SCALE})\s?)?(?:d'|de )?(pence|p|euros?|€|\$|£|eur|usd|dollars?|gbp|livres?(?: sterling)?|pounds?|sterling|chf|francs suisses|yens?|¥)(?![a-z])`,
  'g',
);

const CURRENCIES: [RegExp, string][] = [
  [/^(?:pence|p)$/, 'GBX'],
  [/^(?:£|gbp|livres?(?: sterling)?|pounds?|sterling)$/, 'GBP'],
  [/^(?:€|euros?|eur)$/, 'EUR'],
  [/^(?:us ?\$|\$|usd|dollars?)$/, 'USD'],
  [/^(?:chf|francs suisses)$/, 'CHF'],
  [/^(?:yens?|¥)$/, 'JPY'],
  [/^(?:₹|inr|rs\.?)$/, 'INR'],
];

function currencyOf(symbol: string): string | null {
  return CURRENCIES.find(([pattern]) => pattern.test(symbol))?.[1] ?? null;
}

/** Amounts of money in a folded text ("966,00 pence", "377p", "$485.98", "£20m", "28,60 euros"). */
export function findMoney(folded: string, language: Language): Money[] {
  const found: Money[] = [];
  const push = (index: number, length: number, digits: string, scaleWord: string | undefined, symbol: string) => {
    const value = parseLocaleNumber(digits, language);
    const currency = currencyOf(symbol);
    if (value === null || currency === null || value <= 0) return;
    if (found.some((money) => index < money.end && money.index < index + length)) return;
    const scale = scaleOf(scaleWord);
    found.push({ index, end: index + length, value: Number((value * scale).toPrecision(12)), currency, scaled: scale !== 1 });
  };
  for (const match of folded.matchAll(PREFIXED)) push(match.index ?? 0, match[0].length, match[2], match[3], match[1]);
  for (const match of folded.matchAll(SUFFIXED)) push(match.index ?? 0, match[0].length, match[1], match[2], match[3]);
  return found.sort((a, b) => a.index - b.index);
}
