import { extractionProbe } from './testing/extraction-probe';

/** Questions the article asks, a recovery the outlook rests on, systems back for those they serve, guidance expected now, sites that stayed at a standstill, data copied, and the authority a complaint names in its own words or through one of its units; sentences written for this spec. */
const { proposalsOf, ofType, regulatorsOf } = extractionProbe();

describe('questions and complaint authorities', () => {
  it.each(['Was any payroll data stolen by the intruders?', 'Des fichiers de patients ont-ils été dérobés ?'])(
    'proposes nothing for a question the article asks: "%s"',
    (text) => {
      expect(proposalsOf(text)).toEqual([]);
    },
  );

  it.each([
    ['Acme a déposé plainte auprès de la brigade financière du parquet de Lyon.', ['parquet de Lyon']],
    ['Acme said it had reported the incident to Police Scotland.', ['Police']],
    ['Acme has filed a criminal complaint with the Federal Police Office of Bavaria (BKA Bayern).', ['Federal Police Office of Bavaria (BKA Bayern)']],
  ])('reads the complaint’s authority: "%s"', (text, regulators) => {
    expect(regulatorsOf(text)).toEqual(regulators);
  });

  it.each([
    ['Work at its depots should resume gradually next week.', 'The new forecast assumes that work at its depots resumes gradually next week.'],
    [
      "Le groupe table sur un redémarrage progressif de ses usines d'ici la fin du mois.",
      "Cette prévision table sur un redémarrage progressif de ses usines d'ici la fin du mois.",
    ],
  ])('reads a recovery expected, but not one the outlook rests on: "%s"', (expected, premise) => {
    expect(ofType(proposalsOf(expected), 'OtherDisclosure')).toHaveLength(1);
    expect(ofType(proposalsOf(premise), 'OtherDisclosure')).toEqual([]);
  });

  it('reads systems back for those they serve as restored', () => {
    const text = 'On Friday Acme said invoicing was back for every customer, although its mobile app remains down.';
    expect(ofType(proposalsOf(text), 'SystemsRestored')).toHaveLength(1);
  });

  it('reads guidance said to be expected now', () => {
    const text = "Le résultat opérationnel est maintenant attendu autour de 80 millions d'euros, contre 95 millions auparavant.";
    expect(ofType(proposalsOf(text), 'GuidanceChanged').map((change) => change.facts.direction)).toEqual(['down']);
  });

  it('reads sites that stayed at a standstill as an effect on operations', () => {
    const text = "Les entrepôts d'Acme à Nantes, ses plus grands sites, sont restés à l'arrêt pendant cinq jours.";
    expect(ofType(proposalsOf(text), 'OperationalImpactReported')).toHaveLength(1);
  });

  it.each([
    'Acme confirmed that the intruders took a copy of its customer database, with names and email addresses of 20,000 clients.',
    'Acme a confirmé que les pirates ont fait une copie de sa base de clients, avec les noms et adresses de 20 000 clients.',
  ])('reads data copied as data taken: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'DataExposureConfirmed')).toHaveLength(1);
  });
});
