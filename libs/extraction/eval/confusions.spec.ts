import { confusionsOf } from './confusions';
import { ArticleScore } from './score';

function scoreWith(missed: ArticleScore['missed'], extra: ArticleScore['extra']): ArticleScore {
  return { file: 'a.txt', language: 'en', byType: new Map(), missed, extra };
}

const pairs = (score: ArticleScore) => confusionsOf(score).map(({ expected, proposed }) => `${expected} -> ${proposed}`);

describe('confusions', () => {
  it('pairs a missed label with a proposal of the same type first, then with one of another type whose key facts match', () => {
    const score = scoreWith(
      [
        { type: 'SharePriceMoved', facts: { direction: 'down', changePct: 3 } },
        { type: 'RegulatoryProbeOpened', facts: { regulator: 'CMA' } },
      ],
      [
        { type: 'RegulatorNotified', occurredOn: null, facts: { regulator: 'FCA' } },
        { type: 'RegulatoryProbeUpdated', occurredOn: null, facts: { regulator: 'CMA' } },
        { type: 'SharePriceMoved', occurredOn: null, facts: { direction: 'down', changePct: 4 } },
      ],
    );
    expect(pairs(score)).toEqual([
      'SharePriceMoved -> SharePriceMoved (other facts)',
      'RegulatoryProbeOpened -> RegulatoryProbeUpdated',
      '(nothing) -> RegulatorNotified',
    ]);
  });

  it('names a label nothing stood in for', () => {
    const score = scoreWith([{ type: 'RegulatorNotified', facts: { regulator: 'ICO' } }], []);
    expect(pairs(score)).toEqual(['RegulatorNotified -> (nothing)']);
  });
});
