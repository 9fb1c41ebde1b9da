import { extractionProbe } from './testing/extraction-probe';

/** Usual phrasings of an incident's first days: a company "piratée", tills cut, advisers called in as reinforcements; sentences written for this spec. */
const { proposalsOf, ofType } = extractionProbe();

describe('incident wordings', () => {
  it.each(['Le site de Tarrow Mills a été piraté dimanche.', "Tarrow Mills s'est fait pirater ce week-end."])('reads a French company hacked: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'BreachAnnounced')).toHaveLength(1);
  });

  it.each([
    'Par sécurité, Tarrow Mills a coupé vendredi soir dans ses magasins les caisses enregistreuses.',
    'Tarrow Mills a suspendu son service de commande en ligne.',
  ])('reads tills and an ordering service cut as systems taken offline: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'SystemsTakenOffline')).toHaveLength(1);
  });

  it('reads advisers called in as reinforcements', () => {
    const text = "Tarrow Mills remercie ses équipes et les consultants d'Ardent Sécurité, appelés en renfort le soir même.";
    expect(ofType(proposalsOf(text), 'ExternalAdvisersEngaged')).toHaveLength(1);
  });
});
