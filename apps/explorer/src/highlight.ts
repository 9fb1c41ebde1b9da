/** A run of the article's text, marked when some evidence quotes it. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Cuts `text` into runs, marking every character that one of `spans` (start inclusive, end exclusive) covers; overlapping spans merge. */
export function highlight(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    const last = segments[segments.length - 1];
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    else if (last?.marked) {
      last.text += text.slice(start, end);
      at = end;
      continue;
    }
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
