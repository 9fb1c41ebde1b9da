import { extractionProbe } from './testing/extraction-probe';

const { proposalsOf, ofType } = extractionProbe('2029-03-14');

describe('recovery under way, and recovery done for part with the rest to come', () => {
  it('leaves systems still being brought back to the other disclosures', () => {
    const proposals = proposalsOf('Norvane plc was hit by a cyber attack. Its systems are being brought back online one by one.');
    expect(ofType(proposals, 'SystemsRestored')).toHaveLength(0);
  });

  it('reads a recovery done for part, the rest expected later, as a partial restoration', () => {
    const proposals = proposalsOf(
      "Norvane a subi une cyberattaque. Le portail a été remis en ligne jeudi pour 60 % des agences, le reste devant suivre d'ici lundi, précise la société.",
    );
    expect(ofType(proposals, 'SystemsRestored')).toEqual([expect.objectContaining({ facts: expect.objectContaining({ partial: true }) })]);
  });
});

describe("a regulator's probe told in reported speech or widened", () => {
  it('reads a probe an authority named by what it is says it has opened', () => {
    const proposals = proposalsOf(
      "Norvane plc said it had told the Information Commissioner's Office about the leak. The data watchdog said on Friday it had opened an inquiry into the leak.",
    );
    expect(ofType(proposals, 'RegulatoryProbeOpened')).toEqual([expect.objectContaining({ facts: expect.objectContaining({ regulator: 'ICO' }) })]);
  });

  it('reads an existing review widened as a step in that probe', () => {
    const proposals = proposalsOf(
      'Norvane plc suffered a data breach. The Financial Conduct Authority has widened an existing review of the lender to cover the breach.',
    );
    expect(ofType(proposals, 'RegulatoryProbeUpdated')).toEqual([expect.objectContaining({ facts: expect.objectContaining({ regulator: 'FCA' }) })]);
    expect(ofType(proposals, 'RegulatoryProbeOpened')).toHaveLength(0);
  });
});

describe('wordings of one type each: stops named by what users lose, remedies promised, work prevented, a claimant of the attack', () => {
  it.each([
    ['SystemsTakenOffline', 'Norvane plc detected an intrusion and suspended all customer log-ins for six hours.'],
    ['SystemsTakenOffline', 'Norvane a détecté une intrusion et a bloqué toutes les connexions des clients pendant la nuit.'],
    ['SystemsTakenOffline', "Norvane a détecté une intrusion et a décidé l'arrêt préventif de ses deux usines."],
    ['SystemsTakenOffline', 'Norvane plc detected an intrusion and ordered the precautionary shutdown of its two plants.'],
    ['OtherDisclosure', 'Norvane plc suffered an outage. The shop will send a £5 voucher to every affected shopper.'],
    ['OtherDisclosure', 'Norvane plc suffered a data breach. It will write to each affected policyholder.'],
    ['OtherDisclosure', "Norvane a subi une panne. L'enseigne enverra un bon d'achat de 15 euros aux clients concernés."],
    ['OtherDisclosure', 'Norvane a subi une panne. La banque remboursera les agios prélevés pendant la panne.'],
    ['OperationalImpactReported', 'Norvane plc suffered a cyber attack. Its tills froze, which kept shoppers from paying for their goods.'],
    ['OperationalImpactReported', 'Norvane a subi une cyberattaque, ce qui a empêché de nombreux usagers de recharger leur carte.'],
    // "a group claiming the attack" is the attackers, so "the retailer" after it is still the subject
    ['SystemsRestored', 'Norvane plc was hit by an outage. A group claiming the attack posted files online. The retailer said all of its stores had reopened.'],
    [
      'SystemsRestored',
      "Norvane a subi une panne. Un groupe revendiquant l'attaque a publié des fichiers. L'enseigne a indiqué que ses magasins avaient rouvert.",
    ],
  ])('%s: %s', (type, text) => {
    expect(ofType(proposalsOf(text), type)).toHaveLength(1);
  });

  it.each([
    ["Norvane a subi une panne de ses serveurs. Le dirigeant a démenti, alors qu'une rumeur de piratage enflait en ligne."],
    ['Norvane plc suffered a server outage. Its chief executive spoke to staff as rumours of a hack spread online.'],
  ])('proposes no breach for an incident named only as what a rumour is about: %s', (text) => {
    expect(ofType(proposalsOf(text), 'BreachAnnounced')).toHaveLength(0);
  });
});

describe('a share move told with the infinitive "reprendre"', () => {
  it('reads the rebound after a fall as a move up', () => {
    const proposals = proposalsOf('Norvane a subi une cyberattaque. Le titre a cédé 3 % lundi, avant de reprendre 1,5 % mardi.');
    expect(ofType(proposals, 'SharePriceMoved').map((proposal) => proposal.facts.direction)).toEqual(['down', 'up']);
  });
});

describe("the company's own expectation after a hire for the recovery", () => {
  it.each([
    ['Norvane plc suffered a cyber attack. It has hired Norcrest Security to help restore its systems and expects a return to normal by Monday.'],
    ['Norvane a subi une cyberattaque. Il travaille avec le cabinet Norcrest pour rétablir ses serveurs et table sur un retour à la normale lundi.'],
  ])('keeps the expected recovery as its own disclosure: %s', (text) => {
    expect(ofType(proposalsOf(text), 'OtherDisclosure')).toHaveLength(1);
  });
});
