import { findCompanies } from './companies/find-companies';
import { isPerson } from './companies/people';
import { extractionProbe } from './testing/extraction-probe';

/** Disclosures told indirectly: in the passive, by an apposition, as lines of figures, in a letter; sentences written for this spec. */
const { proposalsOf, typesOf } = extractionProbe('2028-05-16');

describe('indirect tellings in both languages', () => {
  it.each([
    ['Acme Freight said it was hit by a cyber attack and that forensic experts had since been called in.', 'ExternalAdvisersEngaged'],
    ['Acme Freight was hit by a cyber attack. Those affected are offered two years of identity-protection services.', 'OtherDisclosure'],
    ['Acme Freight was hit by a cyber attack on 2 May. It took its booking portal offline. It was back on 9 May.', 'SystemsRestored'],
    ['Acme Freight was hit by a cyber attack. Its sales growth is now pencilled in at 3 per cent, down from 5 per cent.', 'GuidanceChanged'],
    [
      'Acme Freight was hit by a cyber attack. Acme Freight said its margin would be about 50 basis points lower than planned, at 4.5% rather than 5%.',
      'GuidanceChanged',
    ],
    ['Acme Freight was hit by a cyber attack. Its £40m share buyback will continue, the board said.', 'OtherDisclosure'],
    ['Acme Freight was hit by a cyber attack. Half-year figures:\n- Interim dividend: 2.5p a share (unchanged)', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Chiffres du semestre :\n- Dividende : 0,40 € par action (inchangé)', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Nous maintenons nos prévisions de marge pour l’exercice.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Nous augmenterons l’an prochain nos investissements en cybersécurité.', 'OtherDisclosure'],
  ])('"%s" proposes %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('names the firm of a review before an apposition that says it was hired', () => {
    const text = 'Acme Freight was hit by a cyber attack. It said the audit by Dalby Grant, the consultants it called in, had found more.';
    expect(proposalsOf(text).find((proposal) => proposal.type === 'ExternalAdvisersEngaged')?.facts.advisers).toBe('Dalby Grant');
  });
});

describe('what is not told', () => {
  it('does not take an authority writing to the company for the company informing it', () => {
    const text = 'Acme Freight was hit by a cyber attack. The FCA said it had written to Acme Freight about its duties.';
    expect(typesOf(text)).not.toContain('RegulatorNotified');
  });

  it('leaves the other company of two, and a name falling in a market report, to themselves', () => {
    expect(typesOf('Acme Freight was hit by a cyber attack. The other firm affected said on Monday that hackers had taken its customer data.')).not.toContain(
      'DataExposureConfirmed',
    );
    expect(typesOf('Acme Freight was hit by a cyber attack. At the bottom, Belmont Software fell 2% after the FTC began reviewing a leak.')).not.toContain(
      'RegulatoryProbeOpened',
    );
  });

  it('reads a trade that opens a company name as no first name, and "Ça" as no company', () => {
    const text = 'Les agents d’Assurances Morel racontent. Morel indique avoir porté plainte. « Ça avait duré deux jours », dit Léa.';
    expect(isPerson(text, 'Morel')).toBe(false);
    expect(findCompanies(text, []).map((company) => company.name)).not.toContain('Ça');
  });
});
