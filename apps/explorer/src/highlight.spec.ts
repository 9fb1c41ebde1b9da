import { highlight } from './highlight';

describe('highlight', () => {
  const text = 'Shares fell. Systems went offline. Regulator told.';

  it('marks each quoted span and keeps the text between', () => {
    const segments = highlight(text, [
      { start: 35, end: 50 },
      { start: 0, end: 12 },
    ]);
    expect(segments).toEqual([
      { text: 'Shares fell.', marked: true },
      { text: ' Systems went offline. ', marked: false },
      { text: 'Regulator told.', marked: true },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('merges overlapping spans into one mark and ignores empty ones', () => {
    expect(
      highlight(text, [
        { start: 0, end: 20 },
        { start: 7, end: 34 },
        { start: 40, end: 40 },
      ]),
    ).toEqual([
      { text: 'Shares fell. Systems went offline.', marked: true },
      { text: ' Regulator told.', marked: false },
    ]);
  });
});
