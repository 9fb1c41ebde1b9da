/** A half-open range [start, end) of JS string indices (UTF-16 code units) in the article text. */
export interface Span {
  start: number;
  end: number;
}

/** A quoted span: `text.slice(start, end) === quote`. */
export interface EvidenceSpan extends Span {
  quote: string;
}

export function quoteOf(text: string, span: Span): EvidenceSpan {
  return { start: span.start, end: span.end, quote: text.slice(span.start, span.end) };
}

/** The span without the whitespace at its ends. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
