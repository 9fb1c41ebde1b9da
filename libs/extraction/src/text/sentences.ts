import { Span, trimSpan } from './span';

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mme',
  'mm',
  'env',
  'cf',
  'p',
  'pp',
  'approx',
  'est',
  'gen',
  'sen',
  'rep',
  'gov',
  'rs',
]);

/** Sentence-final punctuation before a capital or a digit; a semicolon before a capital joins two sentences, each with its own subject. */
const BOUNDARY = /[.!?…]+["'»”)\]]*(?=\s+(?:["'«“(]\s?)?[\p{Lu}\p{N}])|;(?=\s+\p{Lu})/gu;

/** Sentence spans of a text: paragraphs split at sentence-final punctuation followed by a capital or a digit. */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of paragraphs(text)) {
    let start = paragraph.start;
    const body = text.slice(paragraph.start, paragraph.end);
    for (const match of body.matchAll(BOUNDARY)) {
      const end = paragraph.start + (match.index ?? 0) + match[0].length;
      if (isAbbreviation(text, paragraph.start + (match.index ?? 0))) continue;
      if (match[0] === ';' && insideBrackets(body, match.index ?? 0)) continue;
      pushTrimmed(text, sentences, { start, end });
      start = end;
    }
    pushTrimmed(text, sentences, { start, end: paragraph.end });
  }
  return sentences;
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    spans.push({ start, end: match.index ?? 0 });
    start = (match.index ?? 0) + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** True when the period at `dot` closes an abbreviation or an initial ("U.S.", "Inc.") rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const before = text.slice(Math.max(0, dot - 12), dot);
  // a unit after a figure ("£245m.", "214p.") ends the sentence
  if (/\d\p{L}{1,2}$/u.test(before)) return false;
  const word = /([\p{L}]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** A semicolon between brackets separates items of an aside: "(ISIN DE000…; Frankfurt Stock Exchange)". */
function insideBrackets(body: string, at: number): boolean {
  const before = body.slice(0, at);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

function pushTrimmed(text: string, sentences: Span[], span: Span): void {
  const trimmed = trimSpan(text, span);
  if (trimmed.end > trimmed.start) sentences.push(trimmed);
}
