import { extractionProbe } from './testing/extraction-probe';

/** Wording families: advisers named in apposition, by a relative clause or as the agent of the work; payments to those affected; holdings and returns. */
const { proposalsOf, ofType } = extractionProbe('2027-03-10');

describe('advisers named around the hire', () => {
  it.each([
    ['Harwick has retained Corbel Forensics, the incident-response firm, to lead the work.', 'Corbel Forensics'],
    ['Harwick said it had brought in the consultancy Tamsin Advisory.', 'consultancy Tamsin Advisory'],
    ['Specialists from Corbel Cyber, which Harwick hired last week, found the entry point.', 'Specialists from Corbel Cyber'],
    ['Harwick commissioned an independent audit of its payment controls by the consultancy Brenlow Partners.', 'consultancy Brenlow Partners'],
  ])('"%s"', (text, advisers) => {
    const [hire] = ofType(proposalsOf(text), 'ExternalAdvisersEngaged');
    expect(hire?.facts.advisers).toBe(advisers);
  });
});

describe('wording families of the incident and its aftermath', () => {
  it.each([
    ['SystemsTakenOffline', 'Harwick severed every link between its warehouse systems and the carrier’s network on Friday.'],
    ['SystemsTakenOffline', 'Harwick shut its parcel sorting and label-printing systems on Friday.'],
    ['SystemsTakenOffline', 'Le groupe Vellane a rompu toutes les liaisons avec son prestataire de paie.'],
    ['OperationalImpactReported', 'Harwick said the attack halted its assembly lines for a week.'],
    ['OperationalImpactReported', 'Harwick put the bill at £3m, of which £2m was lost production.'],
    ['OperationalImpactReported', 'Chez Vellane, la cyberattaque a arrêté ses deux usines pendant cinq jours.'],
    ['SystemsRestored', 'Every Harwick depot has been back in full production since Monday.'],
    ['OtherDisclosure', 'Harwick will make a goodwill payment of £40 to its customers.'],
    ['OtherDisclosure', 'Harwick said it had credited £15 to the accounts of every affected subscriber.'],
    ['OtherDisclosure', 'Harwick will reimburse any overdraft fees incurred by its staff.'],
    ['OtherDisclosure', 'Vellane versera 30 euros à chacun des abonnés concernés.'],
    ['OtherDisclosure', 'The Harwick final dividend will be maintained at 4.2p.'],
    ['OtherDisclosure', 'Vellane indique maintenir ses objectifs annuels.'],
    ['OtherDisclosure', 'Le dividende de Vellane, pour sa part, sera maintenu.'],
    ['OtherDisclosure', 'La direction de Vellane estime que la remise en service prendra encore une semaine.'],
    ['SharePriceMoved', 'Il avait cédé 2,4 % mardi, à 18,20 euros.'],
  ])('%s: "%s"', (type, text) => {
    expect(ofType(proposalsOf(text), type).length).toBeGreaterThan(0);
  });

  it('tells a recovery expected from a restoration done: "prendra encore une semaine"', () => {
    expect(ofType(proposalsOf('La direction de Vellane estime que le retour à la normale prendra encore une semaine.'), 'SystemsRestored')).toHaveLength(0);
  });
});
