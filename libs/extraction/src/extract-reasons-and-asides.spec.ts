import { extract } from './extract';
import { extractionProbe } from './testing/extraction-probe';

const { typesOf } = extractionProbe('2029-05-10');

const factsOf = (text: string, type: string, publishedOn: string | null = '2029-05-10') =>
  extract({ text, publishedOn })
    .proposals.filter((proposal) => proposal.type === type)
    .map((proposal) => proposal.facts);

describe('extract: asides, reasons and the registers of financial news', () => {
  it.each([
    // a deadline met, told in the past, is a restoration done
    ['SystemsRestored', 'Kestrel Haulage said its warehouse systems had been completely restored by the end of March.'],
    // data published on a leak site, confirmed by the company, is no unverified claim
    ['DataExposureConfirmed', 'Kestrel Haulage confirmed that payroll files of 900 staff had been copied and published on the gang’s leak site.'],
    // an authority told of the incident, in a relative clause
    ['RegulatorNotified', 'The Information Commissioner’s Office, which was told of the intrusion last week, is making enquiries, Kestrel Haulage said.'],
    // the incident made public, in both languages
    ['BreachAnnounced', 'Kestrel Haulage first disclosed the attack in March.'],
    ['BreachAnnounced', 'La société Vernoux Emballages avait révélé l’attaque au début du mois de mars.'],
    // security strengthened after the incident
    ['OtherDisclosure', 'Kestrel Haulage said it had since introduced two-factor authentication for every remote login.'],
    ['OtherDisclosure', 'Le groupe Vernoux Emballages a depuis généralisé la double authentification sur ses postes.'],
    // an insurer's payment, in both languages
    ['OtherDisclosure', 'Kestrel Haulage said its insurer had paid £4m of the recovery bill.'],
    ['OtherDisclosure', 'Son assureur lui a versé 3 millions d’euros, a indiqué le groupe Vernoux Emballages.'],
    // a case entrusted to a firm of lawyers
    ['ExternalAdvisersEngaged', 'Le groupe Vernoux Emballages a confié sa défense au cabinet Arnaud Lestrade.'],
  ])('proposes %s: %s', (type, text) => {
    expect(typesOf(text)).toContain(type);
  });

  it('reads the data taken past an aside between dashes', () => {
    const text =
      'Le groupe Vernoux Emballages a confirmé que des données de 12 000 clients – nom, date de naissance, numéro de sécurité sociale et, pour une partie d’entre eux, historique complet des commandes passées depuis l’ouverture du compte – avaient été dérobées.';
    expect(typesOf(text)).toContain('DataExposureConfirmed');
  });

  it('keeps a thing booked last year from dating the outlook held now', () => {
    const text = 'Kestrel Haulage said the penalty would be met from a reserve booked last year and left its outlook for 2029 unchanged.';
    expect(typesOf(text)).toContain('OtherDisclosure');
  });

  it('reads an incident in a regulator’s reasoning as the matter of its sanction', () => {
    const text =
      'L’Autorité des marchés financiers a infligé lundi une amende de 2 millions d’euros à la société Vernoux Emballages, estimant qu’elle avait caché une intrusion informatique.';
    expect(typesOf(text)).not.toContain('BreachAnnounced');
  });

  it('takes the authority of a step from the sentence before when its head acts', () => {
    const text =
      'La société Vernoux Emballages a subi une cyberattaque en janvier. La CNIL a ouvert une procédure de contrôle en février. Lundi, sa présidente a adressé au groupe une mise en demeure de prévenir ses clients.';
    expect(factsOf(text, 'RegulatoryProbeUpdated')).toEqual([expect.objectContaining({ regulator: 'CNIL' })]);
  });

  it('reads a remedy named as the reason for a cut as no remedy of its own', () => {
    const text =
      'Le groupe Vernoux Emballages a abaissé lundi son objectif de chiffre d’affaires pour 2029 en raison des gestes commerciaux prévus pour ses clients.';
    expect(typesOf(text)).not.toContain('OtherDisclosure');
  });

  it('reads an authority writing to a whole sector as no notification', () => {
    const text = 'Kestrel Haulage was hit by a cyber attack. The Financial Conduct Authority wrote to every haulage lender in June about resilience.';
    expect(typesOf(text)).not.toContain('RegulatorNotified');
  });

  it('reads the company’s move before a bare “while rival X”, whatever analysts say of the rival', () => {
    const text =
      'Kestrel Haulage said on Monday it had suffered a cyber attack. The company’s shares closed down 4.1% at 212 pence on Monday, while rival Dunmore Freight gained 2% as analysts said it could win contracts.';
    expect(factsOf(text, 'SharePriceMoved', '2029-05-14')).toEqual([expect.objectContaining({ direction: 'down', changePct: 4.1, price: 212 })]);
  });
});
