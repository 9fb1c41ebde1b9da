import { extractionProbe } from './testing/extraction-probe';

/** Wording of an incident's aftermath (sanctions, market reaction, remedies), in both languages; sentences written for this spec. */
const { proposalsOf, typesOf } = extractionProbe('2028-03-10');
const factsOf = (text: string, type: string) => proposalsOf(text).find((proposal) => proposal.type === type)?.facts;

describe('aftermath: families of wording in both languages', () => {
  it.each([
    ['Après l’attaque, les commandes de Norvale SA ont pu reprendre jeudi dans la moitié des entrepôts.', 'SystemsRestored'],
    ['Après la fuite, Norvale SA indemnisera tout client lésé.', 'OtherDisclosure'],
    ['Après la fuite, Norvale SA contactera individuellement chaque abonné concerné.', 'OtherDisclosure'],
    ['After the leak, Acme Telecom will contact every affected subscriber by letter.', 'OtherDisclosure'],
    ['After the theft, Acme Telecom said it would compensate any subscriber who lost money.', 'OtherDisclosure'],
    ['Norvale SA maintient, « pour l’instant », son objectif de marge.', 'OtherDisclosure'],
    ['Acme Telecom reaffirmed, "for the time being", its margin target.', 'OtherDisclosure'],
  ])('"%s" proposes %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it.each([
    ['Après l’attaque, Norvale SA a cédé 7,2 % mardi, à 31,50 euros.', { direction: 'down', changePct: 7.2, price: 31.5 }],
    ['After the hack, Acme Telecom fell 6.5% on Tuesday to 212p.', { direction: 'down', changePct: 6.5, price: 212 }],
    ['Le titre Norvale SA a fléchi de 2,4 % après l’annonce de l’attaque.', { direction: 'down', changePct: 2.4 }],
    [
      'Après l’attaque, l’action Norvale SA a perdu 5,1 % mardi, à 12,40 euros, quand l’indice CAC Small progressait de 0,8 %.',
      { direction: 'down', changePct: 5.1 },
    ],
    ['Acme Telecom lost 5.1% on Friday to 124p, when the index rose 0.8%.', { direction: 'down', changePct: 5.1 }],
  ])('"%s" reads the move as %j', (text, facts) => {
    expect(factsOf(text, 'SharePriceMoved')).toMatchObject(facts);
  });

  it.each([
    ['Norvale SA sanctionnée par l’Arcep après la panne géante de 2026, la CNIL enquête', 'RegulatoryProbeOpened', 'CNIL'],
    ['Acme Telecom fined £3mn over data leak as Ofcom opens separate probe', 'RegulatoryProbeOpened', 'Ofcom'],
    ['Acme Telecom has been fined £3mn by the UK’s data protection watchdog over a cyber attack.', 'RegulatoryProbeUpdated', 'ICO'],
    ['Norvale SA indique que la CNIL a clos en avril, sans sanction, la procédure ouverte après la fuite.', 'RegulatoryProbeUpdated', 'CNIL'],
  ])('"%s" proposes %s for %s', (text, type, regulator) => {
    expect(
      proposalsOf(text)
        .filter((proposal) => proposal.type === type)
        .map((proposal) => proposal.facts.regulator),
    ).toContain(regulator);
  });

  it.each([
    ['Acme Telecom fined £3mn over data leak as Ofcom opens separate probe', 'RegulatoryProbeUpdated'],
    ['Norvale SA indique que la CNIL a clos en avril, sans sanction, la procédure ouverte après la fuite.', 'RegulatoryProbeOpened'],
    ['Norvale SA sanctionnée par l’Arcep après la panne géante de 2026, la CNIL enquête', 'OperationalImpactReported'],
    ['Acme Telecom fined by Ofcom after the outage of its emergency calls', 'OperationalImpactReported'],
  ])('"%s" proposes no %s', (text, type) => {
    expect(typesOf(text)).not.toContain(type);
  });
});
