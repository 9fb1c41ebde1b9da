import { foldText } from '../text/fold';
import { isRumour } from './rumour';

describe('sentences resting on unnamed sources', () => {
  it.each([
    ['Selon des sources proches du dossier, le parquet pourrait se saisir du dossier.', true],
    ['People familiar with the matter said the attackers took test results.', true],
    ["D'après plusieurs médias américains, la FTC enquête.", true],
    ['The FCA is reportedly looking at the disclosures.', true],
    ['People close to the regulator said it had opened an investigation.', true],
    ['Acme declined to comment on a report in a trade newspaper that hackers had stolen customer data.', true],
    ['A weekend newspaper report said the SEC had opened a probe into Acme.', true],
    ["Acme n'a pas souhaité commenter des informations de presse selon lesquelles des données auraient été dérobées.", true],
    ["Selon des proches du dossier, l'AMF a ouvert une enquête.", true],
    ['A report by its auditors found that names had been stolen.', false],
    ['Acme said the report it filed with the ICO was complete.', false],
    ['Selon le communiqué, les systèmes ont été rétablis.', false],
    ['According to the company, the CNIL was notified.', false],
  ])('"%s": %s', (text, expected) => {
    expect(isRumour(foldText(text))).toBe(expected);
  });
});
