import { foldText } from '../text/fold';
import { isRumour } from './rumour';

describe('sentences resting on unnamed sources', () => {
  it.each([
    ['Selon des sources proches du dossier, le parquet pourrait se saisir du dossier.', true],
    ['People familiar with the matter said the attackers took test results.', true],
    ["D'après plusieurs médias américains, la FTC enquête.", true],
    ['The FCA is reportedly looking at the disclosures.', true],
    ['Selon le communiqué, les systèmes ont été rétablis.', false],
    ['According to the company, the CNIL was notified.', false],
  ])('"%s": %s', (text, expected) => {
    expect(isRumour(foldText(text))).toBe(expected);
  });
});
