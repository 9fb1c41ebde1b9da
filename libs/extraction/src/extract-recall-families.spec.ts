import { extract } from './extract';
import { Proposal } from './model';
import { extractionProbe } from './testing/extraction-probe';

/** Families of wording that had no trigger or no adviser noun: firms named by their trade, links cut, work done another way; sentences written for this spec. */
const { typesOf } = extractionProbe();

describe('recall: families of wording in both languages', () => {
  it.each([
    ['Acme Foods was hit by a cyber attack. It has hired the consultancy Tarn Partners to review its controls.', 'ExternalAdvisersEngaged'],
    ['Acme Foods was hit by a cyber attack. We have retained Kestrel Forensics to support our review.', 'ExternalAdvisersEngaged'],
    ['Acme Foods was hit by a cyber attack. Acme Foods engaged Pellow Consulting to oversee the rebuild.', 'ExternalAdvisersEngaged'],
    ['Acme Foods was hit by a cyber attack. Specialists from a response firm have been on site since Sunday.', 'ExternalAdvisersEngaged'],
    ['Norvale SA a subi une cyberattaque. La société Ardent Cyber a été mandatée pour l’analyse.', 'ExternalAdvisersEngaged'],
    ['Norvale SA a subi une cyberattaque. Nous travaillons depuis dimanche avec le cabinet Ardent, qui analyse les serveurs.', 'ExternalAdvisersEngaged'],
    ['Norvale SA a subi une cyberattaque. Le cabinet lyonnais Ardent est sur place depuis mardi.', 'ExternalAdvisersEngaged'],
    ['Acme Foods took its billing, ordering and payroll systems offline.', 'SystemsTakenOffline'],
    ['Acme Foods severed every connection between its depots and its carriers.', 'SystemsTakenOffline'],
    ['Norvale SA a coupé dès lundi soir toutes les connexions avec ses partenaires.', 'SystemsTakenOffline'],
    ['After the attack, the Leeds depot has been running at normal capacity since Monday.', 'SystemsRestored'],
    ['Après l’attaque, l’usine de Vierzon tourne à pleine capacité depuis lundi.', 'SystemsRestored'],
    ['Après l’attaque, Norvale SA vise un retour complet d’ici la fin du mois.', 'OtherDisclosure'],
    ['Since the attack, Acme Clinics patients have been deprived of their test results.', 'OperationalImpactReported'],
    ['Since the attack at Acme Gyms, bookings have been taken at the front desk.', 'OperationalImpactReported'],
    ['Several hundred orders at Acme Foods were lost in the attack.', 'OperationalImpactReported'],
    ['Depuis l’attaque, les clients de Norvale SA sont privés de leur espace en ligne.', 'OperationalImpactReported'],
    ['Depuis l’attaque chez Norvale SA, les réservations sont prises à l’accueil.', 'OperationalImpactReported'],
    ['Chez Norvale SA, des commandes de plusieurs enseignes ont été perdues après l’attaque.', 'OperationalImpactReported'],
    ['Acme Insure said the penalty was already booked, so there would be no further charge to earnings.', 'OtherDisclosure'],
    ['Norvale SA indique que l’amende, déjà provisionnée, n’entraînera aucune charge supplémentaire sur ses résultats.', 'OtherDisclosure'],
  ])('"%s" proposes %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it.each([
    ['Acme Insure said the penalty fell within its budget, and that no charge was needed.', 'OtherDisclosure'],
    ['« Ces accords ont privé les ménages de baisses de prix », relève l’Autorité.', 'OperationalImpactReported'],
    ['Acme Hotels expects the incident to cost £5m, including lost bookings.', 'OperationalImpactReported'],
    ['Acme Foods has hired a new head of security to oversee its controls.', 'ExternalAdvisersEngaged'],
  ])('"%s" proposes no %s', (text, type) => {
    expect(typesOf(text)).not.toContain(type);
  });
});

describe('share moves: a sequel in the same sentence, an aside on the period, a rival named first', () => {
  const movesOf = (text: string) => extract({ text, publishedOn: '2027-03-12' }).proposals.filter((proposal: Proposal) => proposal.type === 'SharePriceMoved');
  it.each([
    ['Acme Foods shares fell 8% on Tuesday to 200p, then steadied on Wednesday, ending up 1.5% at 203p.', 2],
    ['Acme Foods shares fell 8% on Tuesday to 200p, their worst day since 2019, and lost another 3% to 194p on Wednesday.', 2],
    ['En Bourse, Norvale SA a cédé 4 % mardi, à 12 euros, tandis que le groupe Ardent, concurrent direct, a gagné 1 %.', 1],
  ])('"%s" gives %i move(s) of the company', (text, count) => {
    expect(movesOf(text)).toHaveLength(count);
  });

  it('a little ground recovered by the shares restores no system', () => {
    const text = 'Acme Foods shares fell 8% on Tuesday, then recovered a little ground on Wednesday.';
    expect(typesOf(text)).not.toContain('SystemsRestored');
  });
});
