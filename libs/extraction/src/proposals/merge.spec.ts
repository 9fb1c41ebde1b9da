import { RecordableType } from '@ledger/disclosures';
import { Candidate } from '../detectors/candidate';
import { mergeCandidates } from './merge';

let at = 0;
function sentence(type: RecordableType, facts: Record<string, unknown>, more: Partial<Candidate> = {}): Candidate {
  at += 100;
  return { type, facts, evidence: { start: at, end: at + 90 }, occurredOn: null, confidence: 0.8, key: '', ...more };
}

describe('mergeCandidates', () => {
  it('keeps the first value of each fact, in the order of the text', () => {
    const [merged] = mergeCandidates(
      [sentence('SystemsTakenOffline', { systems: 'email', summary: 'first' }), sentence('SystemsTakenOffline', { systems: 'tills', summary: 'second' })],
      null,
    );
    expect(merged.facts).toEqual({ systems: 'email', summary: 'first' });
    expect(merged.evidence).toHaveLength(2);
  });

  it('takes a share move from its fullest quote, and splits two full quotes that differ into two moves', () => {
    const partial = sentence('SharePriceMoved', { direction: 'down', changePct: 9 });
    const full = sentence('SharePriceMoved', { direction: 'down', changePct: 9, price: 341 });
    expect(mergeCandidates([partial, full], null).map((merged) => merged.facts)).toEqual([{ direction: 'down', changePct: 9, price: 341 }]);
    const later = sentence('SharePriceMoved', { direction: 'down', changePct: 4, price: 327 });
    expect(mergeCandidates([full, later], null).map((merged) => merged.facts.price)).toEqual([341, 327]);
  });

  it('prefers a percentage the text gives to one calculated when they agree but for rounding', () => {
    const [merged] = mergeCandidates(
      [
        sentence('SharePriceMoved', { direction: 'down', changePct: 2.9, price: 1599.69 }, { computed: ['changePct'] }),
        sentence('SharePriceMoved', { direction: 'down', changePct: 3 }),
      ],
      null,
    );
    expect(merged.facts.changePct).toBe(3);
    expect(merged.computed).toEqual([]);
  });

  it('drops a share move with no direction', () => {
    expect(mergeCandidates([sentence('SharePriceMoved', { changePct: 3 })], null)).toEqual([]);
  });

  it('gives a probe its latest stage, a restoration partial if any sentence says so, a breach its earliest day', () => {
    const probe = mergeCandidates([sentence('RegulatoryProbeOpened', { stage: 'review' }), sentence('RegulatoryProbeOpened', { stage: 'formal' })], null);
    expect(probe[0].facts.stage).toBe('formal');
    const restored = mergeCandidates([sentence('SystemsRestored', { partial: false }), sentence('SystemsRestored', { partial: true })], null);
    expect(restored[0].facts.partial).toBe(true);
    const breach = mergeCandidates(
      [
        sentence('BreachAnnounced', { externalAccess: false }, { occurredOn: '2025-03-14' }),
        sentence('BreachAnnounced', { externalAccess: true }, { occurredOn: '2025-03-10' }),
      ],
      null,
    );
    expect(breach[0]).toMatchObject({ occurredOn: '2025-03-10', facts: { externalAccess: true } });
  });
});
