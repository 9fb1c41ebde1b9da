import { extractionProbe } from './testing/extraction-probe';

/**
 * Usual phrasings of restorations, recovery and the company's stance, in both languages: systems back in full
 * operation, a backlog to be cleared, a dividend safe or kept in apposition, remedies offered to a regulator, a deal's
 * timetable moved, a cost estimate revised, a cost of remediation; sentences written for this spec.
 */
const { proposalsOf, ofType } = extractionProbe();

describe('stances and recovery', () => {
  it.each([
    'Tarrow Mills was hacked in May. Its ordering platform has been back in full operation since Thursday.',
    'Tarrow Mills a été piratée en mai. Sa plateforme de commande est de nouveau pleinement opérationnelle depuis jeudi.',
  ])('reads systems back in full operation as restored: "%s"', (text) => {
    expect(ofType(proposalsOf(text, '2026-06-10'), 'SystemsRestored')).toHaveLength(1);
  });

  it.each([
    'Tarrow Mills says the invoicing backlog will be cleared by the end of June.',
    'Selon Tarrow Mills, le retard de facturation sera résorbé fin juin.',
  ])('reads a backlog to be cleared as recovery: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'OtherDisclosure')).toHaveLength(1);
  });

  it.each([
    'Tarrow Mills told shareholders the interim dividend, 3.2p a share, is safe.',
    'Tarrow Mills paid a dividend of 5p, unchanged from last year, despite the outage.',
    'Les actionnaires de Tarrow Mills ont voté le dividende de 0,80 euro, maintenu au niveau de 2025.',
  ])('reads a dividend said safe or kept in apposition as the outlook held: "%s"', (text) => {
    expect(ofType(proposalsOf(text, '2026-06-10'), 'OtherDisclosure')).toHaveLength(1);
  });

  it.each([
    'Tarrow Mills said it had offered undertakings to address the competition concerns.',
    'Tarrow Mills se dit prêt à proposer des engagements à l’Autorité de la concurrence.',
  ])('reads remedies offered to a regulator as a stance: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'OtherDisclosure')).toHaveLength(1);
  });

  it.each([
    'Tarrow Mills now expects completion of the Brightwell acquisition in early 2027.',
    "Pour Tarrow Mills, la finalisation de l'acquisition de Brightwell est désormais attendue début 2027.",
  ])('reads a deal’s timetable moved as a change of calendar: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'OtherDisclosure')).toHaveLength(1);
  });

  it.each([
    ['Tarrow Mills put the one-off costs of the attack at £5m-£6m, up from an earlier £2m estimate.', 'up'],
    ["Tarrow Mills chiffre les coûts de l'attaque entre 2 et 3 millions d'euros, contre une estimation initiale de 5 millions d'euros.", 'down'],
  ])('reads a cost estimate revised as a guidance change: "%s"', (text, direction) => {
    expect(ofType(proposalsOf(text), 'GuidanceChanged').map((proposal) => proposal.facts.direction)).toEqual([direction]);
  });

  it('reads no remediation in its cost, an adjective between', () => {
    const text = "L'attaque a coûté 3 millions d'euros à Tarrow Mills, dont 1 million d'euros de coûts directs de remédiation.";
    expect(ofType(proposalsOf(text), 'OtherDisclosure')).toEqual([]);
  });
});
