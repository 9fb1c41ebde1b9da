import { splitSentences } from './sentences';

const sentencesOf = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits at sentence ends and paragraphs, not at initials, abbreviations or decimals', () => {
    const text =
      'The U.S. Department of Justice opened a probe. Shares fell 2.5% to $48.10 on Tuesday.\n\nAcme Inc. said it was "cooperating." It added nothing.';
    expect(sentencesOf(text)).toEqual([
      'The U.S. Department of Justice opened a probe.',
      'Shares fell 2.5% to $48.10 on Tuesday.',
      'Acme Inc. said it was "cooperating."',
      'It added nothing.',
    ]);
  });

  it('ends a sentence after a figure with its unit ("£245m.", "214p."), not after "Rs."', () => {
    expect(sentencesOf('Shares ended at Rs. 705 on Tuesday.')).toEqual(['Shares ended at Rs. 705 on Tuesday.']);
    expect(sentencesOf('Profit will be £230m-£245m. Before, it was £270m. Shares closed at 214p. They had opened higher.')).toEqual([
      'Profit will be £230m-£245m.',
      'Before, it was £270m.',
      'Shares closed at 214p.',
      'They had opened higher.',
    ]);
  });

  it('keeps a headline without a full stop as its own sentence', () => {
    expect(sentencesOf('Acme : -2,96% à 8,185 euros\nLe titre recule.')).toEqual(['Acme : -2,96% à 8,185 euros', 'Le titre recule.']);
  });

  it('splits at a semicolon before a capital, not before a small letter nor inside brackets', () => {
    expect(sentencesOf('A rival needed weeks; Acme expects days. Sales fell; margins held.')).toEqual([
      'A rival needed weeks;',
      'Acme expects days.',
      'Sales fell; margins held.',
    ]);
    expect(sentencesOf('Acme SE (ISIN XS0001; Paris Bourse) was hit.')).toEqual(['Acme SE (ISIN XS0001; Paris Bourse) was hit.']);
  });
});
