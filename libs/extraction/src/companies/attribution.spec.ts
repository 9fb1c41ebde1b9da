import { findRegulators } from '../regulators/find-regulators';
import { foldText } from '../text/fold';
import { Attribution, attributeSentences } from './attribution';

const subject = new Set(['halcyon', 'pharma', 'hp']);

/** Attributes invented sentences read in a row, as an article's. */
function attribute(sentences: string[], otherNames: string[] = []): Attribution[] {
  const text = sentences.join(' ');
  return attributeSentences(
    sentences.map((raw) => ({
      raw,
      folded: foldText(raw),
      otherCompanyAt: otherNames.flatMap((name) => (raw.includes(name) ? [raw.indexOf(name)] : [])),
      regulatorAt: findRegulators(foldText(raw), raw).map((mention) => mention.index),
    })),
    subject,
    text,
  );
}

describe('attributeSentences', () => {
  it.each([
    ['Halcyon Pharma said its warehouse systems were shut down.', 'subject'],
    ['In a statement on Tuesday, the group said it had hired advisers.', 'subject'],
    ['Dans la foulée, le groupe a abaissé son objectif annuel.', 'subject'],
    ['HP shares fell 4% on Monday.', 'subject'],
    ['Its former parent said its own plants had stopped.', 'other'],
    ['A rival said its online shop was down for two days.', 'other'],
    ["L'ancien actionnaire a subi une cyberattaque le mois dernier.", 'other'],
    ['Le principal client du laboratoire, le distributeur Brevan Logistique, a été victime d’une panne.', 'other'],
    ['Un concurrent a dû couper ses serveurs.', 'other'],
    ['Fellow drugmaker Orrin Labs cut its outlook.', 'other'],
    ['The Financial Conduct Authority said it had opened an investigation.', 'neutral'],
    ['"We are working hard," a spokesman said.', 'neutral'],
    ['Deliveries were delayed across the network.', 'neutral'],
  ])('reads the subject of: %s', (sentence, expected) => {
    expect(attribute([sentence])).toEqual([expected]);
  });

  it('reads an unknown name standing as the subject as someone else, unless it speaks for the company', () => {
    expect(attribute(['Tom Ellery, 44, from Leeds, said his appointment was cancelled.'])).toEqual(['other']);
    expect(attribute(['Brindle Water, which supplies the site, said its pumps had failed.'])).toEqual(['other']);
    expect(attribute(['Tom Ellery, its chief executive, said the plants were stopped.'])).toEqual(['neutral']);
    expect(attribute(['Tom Ellery, chief executive, said the plants were stopped.'])).toEqual(['neutral']);
    expect(attribute(['"We are sorry," said chief executive Tom Ellery.', 'Tom Ellery said the plants were stopped.'])).toEqual(['neutral', 'neutral']);
    expect(attribute(['Léa Morvan, directrice générale, a indiqué que les usines étaient arrêtées.'])).toEqual(['neutral']);
    expect(attribute(['Payroll and HR software maker Halcyon said it was hacked.'])).not.toEqual(['other']);
  });

  it('names a known other company at the head as another company, unless the sentence names the subject', () => {
    expect(attribute(['Orrin Labs said its plant was shut.'], ['Orrin Labs'])).toEqual(['other']);
    expect(attribute(['Orrin Labs said the plant of Halcyon was shut.'], ['Orrin Labs'])).toEqual(['neutral']);
  });

  it('carries a pronoun over from the previous sentence', () => {
    expect(attribute(['A rival was hit by ransomware.', 'It shut its plants for a week.'])).toEqual(['other', 'other']);
    expect(attribute(['Halcyon was hit by ransomware.', 'It shut its plants for a week.'])).toEqual(['subject', 'subject']);
    expect(attribute(['Un concurrent a été piraté.', 'Il a coupé ses serveurs.'])).toEqual(['other', 'other']);
  });

  it('reads a company named by its trade right after a sentence about another company as that company', () => {
    expect(attribute(['Un concurrent a été piraté.', 'Le distributeur de matériel électrique a coupé ses sites.'])).toEqual(['other', 'other']);
    expect(attribute(['Halcyon was hacked.', 'The drinks distributor said its depots were shut.'])).toEqual(['subject', 'neutral']);
    expect(attribute(['A rival was hacked.', 'The shares fell 3%.'])).toEqual(['other', 'neutral']);
  });

  it("takes another company's incident named as theirs for a sentence about that company", () => {
    const [sentence] = ['9h34 - Cyberattaque chez Brevan Négoce.'];
    const attributed = attributeSentences(
      [{ raw: sentence, folded: foldText(sentence), otherCompanyAt: [], regulatorAt: [], otherCompanyIncident: true }],
      subject,
      sentence,
    );
    expect(attributed).toEqual(['other']);
  });

  it('skips a contrast or a live-blog stamp before the subject', () => {
    expect(attribute(["10h30 - À l'inverse, Orrin Labs s'envole de 6 %."])).toEqual(['other']);
    expect(attribute(['By contrast, Orrin Labs said its sales rose.'])).toEqual(['other']);
  });

  it('takes a seat of government or a day for no company', () => {
    expect(attribute(["Bruxelles l'a élargie lundi aux câbles.", 'Monday, the company said it was hacked.'])).toEqual(['neutral', 'subject']);
  });

  it.each([
    ['- A Dutch flooring maker listed in Amsterdam said its portal was down.', 'other'],
    ['Un distributeur belge a lui aussi subi une panne de ses caisses.', 'other'],
    ['A group spokesman said its tills were down.', 'neutral'],
    ['A ransomware group encrypted Halcyon servers.', 'neutral'],
  ])('reads a company introduced with an indefinite article, after a bullet, as another one: "%s"', (sentence, expected) => {
    expect(attribute([sentence]).pop()).toBe(expected);
  });
});
