import { Language } from '../language';
import { findMoney, findPercentages, NUMBER } from './amounts';
import { parseLocaleNumber, scaleOf } from './parse-number';

/** An amount, a percentage or a range of either, as a value ("£20m-£25m", "entre 40 et 50 millions d'euros", "3-4%"). */
export interface Figure {
  /** Indices in the searched (folded) text, words such as "between" and "about" included. */
  index: number;
  end: number;
  low: number;
  high: number;
  currency?: string;
  unit?: string;
}

interface Single {
  index: number;
  end: number;
  value: number;
  currency?: string;
  unit?: string;
  scale: number;
}

/** Words joining the two ends of a range; "to" and "à" also say "from X to Y", a change, handled below. */
const JOINER = /^\s?(?:-|–|—|to|and|a|et)\s?$/;
/** A bare number before a unit-bearing end: "40 et 50 millions d'euros", "£20-25m", "3-4%". */
const BARE_LOW = new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s?(?:-|–|—|to|and|a|et)\s?$`);
const LEADING_WORDS = /(?:(?:between|entre|about|around|approximately|roughly|some|nearly|almost|environ|quelque|pres de|autour de|de l'ordre de)\s)+$/;

/** Figures in a folded text, in order: amounts and percentages, a range read as one figure. */
export function findFigures(folded: string, language: Language): Figure[] {
  const singles = singlesIn(folded, language);
  const figures: Figure[] = [];
  for (let i = 0; i < singles.length; i++) {
    const first = singles[i];
    const next = singles[i + 1];
    if (next && sameKind(first, next) && JOINER.test(folded.slice(first.end, next.index)) && !isChange(folded, first, next, language)) {
      figures.push(withLeadingWords(folded, { index: first.index, end: next.end, low: first.value, high: next.value, ...kindOf(next) }));
      i++;
      continue;
    }
    figures.push(
      withLeadingWords(
        folded,
        bareLowOf(folded, first, language) ?? { index: first.index, end: first.end, low: first.value, high: first.value, ...kindOf(first) },
      ),
    );
  }
  return figures;
}

function singlesIn(folded: string, language: Language): Single[] {
  const money = findMoney(folded, language).map((m) => ({
    index: m.index,
    end: m.end,
    value: m.value,
    currency: m.currency,
    scale: scaleOfMoney(folded.slice(m.index, m.end)),
  }));
  const percentages = findPercentages(folded, language).map((p) => ({ index: p.index, end: p.end, value: p.value, unit: '%', scale: 1 }));
  return [...money, ...elidedMoney(folded, language, money), ...percentages].sort((a, b) => a.index - b.index);
}

/** A scaled number with no currency of its own takes the one of the amount before it: "20 millions d'euros, contre 12 millions". */
const SCALED = new RegExp(String.raw`(?<![\w.,£$€])(${NUMBER})\s?(millions?|milliards?|billions?|bn|m)\b`, 'g');

function elidedMoney(folded: string, language: Language, money: Single[]): Single[] {
  const found: Single[] = [];
  for (const match of folded.matchAll(SCALED)) {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (money.some((m) => index < m.end && m.index < end)) continue;
    const before = money.filter((m) => m.end <= index).pop();
    const value = parseLocaleNumber(match[1], language);
    if (!before || value === null) continue;
    const scale = scaleOf(match[2]);
    found.push({ index, end, value: Number((value * scale).toPrecision(12)), currency: before.currency, scale });
  }
  return found;
}

/**
 * "from £55m to £40m" and "de 65 à 45 millions" are a change, not a range: a range names its lower end
 * first, and in English "from X to Y" is a change either way (French "de 40 à 50 millions" is a range).
 */
function isChange(folded: string, first: Single, next: Single, language: Language): boolean {
  if (first.value > next.value) return true;
  return language === 'en' && /\bfrom\s$/.test(folded.slice(Math.max(0, first.index - 5), first.index)) && /\bto\b/.test(folded.slice(first.end, next.index));
}

function bareLowOf(folded: string, single: Single, lang: Language): Figure | null {
  const match = BARE_LOW.exec(folded.slice(Math.max(0, single.index - 24), single.index));
  if (!match) return null;
  const low = parseLocaleNumber(match[1], lang);
  if (low === null) return null;
  const value = Number((low * single.scale).toPrecision(12));
  if (value > single.value) return null;
  return { index: single.index - match[0].length, end: single.end, low: value, high: single.value, ...kindOf(single) };
}

function withLeadingWords(folded: string, figure: Figure): Figure {
  const lead = LEADING_WORDS.exec(folded.slice(Math.max(0, figure.index - 40), figure.index));
  return lead ? { ...figure, index: figure.index - lead[0].length } : figure;
}

function sameKind(a: Single, b: Single): boolean {
  return a.currency === b.currency && a.unit === b.unit;
}

function kindOf(single: Single): Pick<Figure, 'currency' | 'unit'> {
  return single.currency ? { currency: single.currency } : { unit: single.unit };
}

/** The multiplier written with an amount, so that a bare lower end is read in the same scale. */
function scaleOfMoney(written: string): number {
  if (/(?:bn|billions?|milliards?|mds?)\b/.test(written)) return 1e9;
  if (/(?:\d\s?m|mn|mln|millions?)\b/.test(written)) return 1e6;
  return 1;
}
