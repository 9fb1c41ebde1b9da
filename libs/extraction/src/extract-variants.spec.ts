import { extract } from './extract';
import { Proposal } from './model';

/** Wordings beyond the first examples: other verbs and nouns of each family, other inflections, other traps. */
const proposalsOf = (text: string, publishedOn: string | null = null) => extract({ text, publishedOn }).proposals;
const ofType = (proposals: Proposal[], type: string) => proposals.filter((proposal) => proposal.type === type);

describe('extraction of varied wordings', () => {
  it.each([
    ['ExternalAdvisersEngaged', "Le Groupe s'est immédiatement entouré d'experts reconnus en réponse à incident."],
    ['ExternalAdvisersEngaged', "L'enquête est menée avec le cabinet spécialisé Astreon."],
    ['ExternalAdvisersEngaged', 'The bank is partnering with incident response specialists to contain the attack.'],
    ['RegulatorNotified', "L'entreprise a prévenu le FBI."],
    ['RegulatorNotified', 'The company has briefed the National Cyber Security Centre.'],
    ['SystemsRestored', "L'ensemble des services fonctionnaient de nouveau normalement depuis le 14 mai."],
    ['SystemsRestored', 'Its stores are operating normally again.'],
    ['OperationalImpactReported', 'Its route-planning module is still unavailable, forcing staff to schedule some deliveries by hand.'],
    ['OperationalImpactReported', 'Patient samples were being diverted to partner laboratories.'],
    ['OperationalImpactReported', "Cette mesure a entraîné un fort ralentissement de l'activité des usines."],
    ['OperationalImpactReported', 'Les expéditions étant temporairement suspendues, les clients sont prévenus.'],
    ['BreachAnnounced', "Le groupe a été victime d'un incident de sécurité sur ses serveurs."],
    ['DataExposureConfirmed', 'The attackers extracted the names and addresses of 40,000 customers.'],
    ['DataExposureConfirmed', 'Les noms et adresses de 8 000 clients ont été piratés.'],
    ['GuidanceChanged', 'Le groupe a ramené son objectif de marge opérationnelle à 8%.'],
    ['SharePriceMoved', "L'action abandonnait 5,3% à 7,82 euros."],
    ['SharePriceMoved', 'Shares dipped 4.2% to $61.35.'],
    ['SharePriceMoved', 'Le titre prenait 2,1% à 15,40 euros.'],
  ])('%s: "%s"', (type, text) => {
    expect(ofType(proposalsOf(text), type)).toHaveLength(1);
  });

  it('reads the complaint and the authority it was filed with', () => {
    const [complaint] = ofType(proposalsOf("It has also filed a criminal complaint with the Paris prosecutor's office."), 'RegulatorNotified');
    expect(complaint.facts.regulator).toBe("Paris prosecutor's office");
  });

  it.each([
    ['fr', 'Le distributeur a porté plainte et notifié la CNIL.', 'plainte déposée (autorité non précisée)'],
    ['en', 'The retailer has filed a complaint and notified the ICO.', 'complaint filed (authority not named)'],
  ])('records a complaint whose authority is not named as such, not as the police (%s)', (_language, text, regulator) => {
    const regulators = ofType(proposalsOf(text), 'RegulatorNotified').map((proposal) => proposal.facts.regulator);
    expect(regulators).toContain(regulator);
    expect(regulators).not.toContain('police');
  });

  it.each([
    ["Le groupe s'est rapproché de la CNIL.", 'CNIL'],
    ["Elle ajoute s'être rapprochée des autorités compétentes.", 'autorités compétentes'],
  ])('reads an authority the company turned to: "%s"', (text, regulator) => {
    expect(ofType(proposalsOf(text), 'RegulatorNotified').map((proposal) => proposal.facts.regulator)).toEqual([regulator]);
  });

  describe('share moves that are not the day’s move of the company', () => {
    it.each([
      ['Depuis un an, le titre Lorvelle a perdu près de 30%.', 'a long period opening the sentence'],
      ['Shares in Fenmarsh have lost a quarter of their value over the past year, or 25%.', 'a long period'],
      ['The FTSE 100 closed 0.6pc higher, helped by mining stocks.', 'an index'],
      ['Harrowgate said it was hacked. In February, Lindqvist Diagnostik shares dropped 9%.', "another company's shares"],
    ])('"%s" (%s)', (text) => {
      expect(ofType(proposalsOf(text), 'SharePriceMoved')).toHaveLength(0);
    });
  });

  describe('probes', () => {
    it('reads published findings in an open probe as a step, at its stage', () => {
      const proposals = proposalsOf(
        'Shares rose after the Competition and Markets Authority published provisional findings in its market investigation into dental services.',
      );
      expect(ofType(proposals, 'RegulatoryProbeOpened')).toHaveLength(0);
      expect(ofType(proposals, 'RegulatoryProbeUpdated')[0].facts).toMatchObject({ regulator: 'CMA', stage: 'provisional' });
    });

    it('reads a phase 2 opening as formal and a phase 1 review as review', () => {
      expect(ofType(proposalsOf('The CMA opened a phase 2 investigation into the merger.'), 'RegulatoryProbeOpened')[0].facts.stage).toBe('formal');
      expect(ofType(proposalsOf('The CMA launched a phase 1 investigation into the merger.'), 'RegulatoryProbeOpened')[0].facts.stage).toBe('review');
    });

    it('does not read a firm described by the word "investigation" as a probe', () => {
      const text = "Il a fait appel au cabinet d'investigation numérique Harcourt et prévenu le FBI.";
      expect(ofType(proposalsOf(text), 'RegulatoryProbeOpened')).toHaveLength(0);
      expect(ofType(proposalsOf(text), 'RegulatorNotified')).toHaveLength(1);
    });

    it('needs the regulator near the probe word', () => {
      const text =
        'The SEC filing, which the company made late on Tuesday after weeks of delay and a lengthy board meeting that ran into the night, said that a review of the logs was still under way.';
      expect(ofType(proposalsOf(text), 'RegulatoryProbeOpened')).toHaveLength(0);
    });
  });

  describe('sentences that disclose nothing of the company now', () => {
    it.each([
      ['In 2021 the company suffered a cyber attack that forced it to close its booking system.'],
      ['Déjà en 2022, Ombrelis avait dû indemniser des clients après une panne géante.'],
      ["Selon des sources proches du dossier, le groupe a été victime d'une cyberattaque."],
      ["À ce jour, rien n'indique que des données clients aient été compromises."],
    ])('"%s"', (text) => {
      expect(proposalsOf(text, '2024-06-01')).toEqual([]);
    });
  });
});
