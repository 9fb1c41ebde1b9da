import { RECORDABLE_TYPES } from '@ledger/disclosures';
import { readArticle } from '../article';
import { triggersFor } from '../detectors/triggers';
import { DISCLOSURE_RULES, TYPES_MERGED_PER_DAY } from './disclosure-rules';
import { EN } from './en';

const BLOCKERS = new Set(['negation', 'hedge', 'rumour', 'background', 'analyst', 'past']);

describe('DISCLOSURE_RULES', () => {
  it('has a rule for every recordable type, and every trigger vocabulary triggers some type', () => {
    expect(Object.keys(DISCLOSURE_RULES).sort()).toEqual([...RECORDABLE_TYPES].sort());
    const used = new Set(Object.values(DISCLOSURE_RULES).flatMap((rule) => Object.keys(rule.triggers)));
    const vocabularies = Object.keys(EN).filter((name) => !BLOCKERS.has(name));
    expect(vocabularies.filter((name) => !used.has(name))).toEqual([]);
  });

  it('applies the clause blockers the table gives each type', () => {
    const [sentence] = readArticle('Its systems may have been restored after the cyber attack.', 'en', null).sentences;
    expect(triggersFor('SystemsRestored', 'restored', sentence, 'en')).toHaveLength(1);
    const [hedged] = readArticle('The company may have suffered a cyber attack.', 'en', null).sentences;
    expect(triggersFor('BreachAnnounced', 'breach', hedged, 'en')).toEqual([]);
  });

  it('refuses a vocabulary the table does not list for the type', () => {
    const [sentence] = readArticle('Hackers got in.', 'en', null).sentences;
    expect(() => triggersFor('SharePriceMoved', 'breach', sentence, 'en')).toThrow(/breach is not a trigger of SharePriceMoved/);
  });

  it('merges per day the types whose policy says so', () => {
    expect([...TYPES_MERGED_PER_DAY].sort()).toEqual(['OperationalImpactReported', 'SharePriceMoved', 'SystemsRestored']);
  });
});
