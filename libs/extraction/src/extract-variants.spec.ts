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
    ['Une plainte a été déposée le lendemain auprès du parquet de Lyon.', 'parquet de Lyon'],
    ['Le groupe a porté plainte dès mardi auprès du parquet de Nantes.', 'parquet de Nantes'],
    ["It filed a complaint on Monday with the Paris prosecutor's office.", "Paris prosecutor's office"],
  ])('reads the authority after a short time phrase: "%s"', (text, regulator) => {
    expect(ofType(proposalsOf(text), 'RegulatorNotified').map((proposal) => proposal.facts.regulator)).toContain(regulator);
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

describe('facts in the wordings financial news uses', () => {
  it.each([
    ['BreachAnnounced', 'Cyber criminals encrypted servers at two of its warehouses overnight.'],
    ['BreachAnnounced', 'Intruders broke into the part of its network that runs payroll.'],
    ['BreachAnnounced', 'An unknown party gained access to its booking platform.'],
    ['BreachAnnounced', 'The lender said its systems had been compromised.'],
    ['BreachAnnounced', 'Des cybercriminels ont chiffré une partie des serveurs du groupe.'],
    ['SystemsTakenOffline', 'Its website and mobile app went down on Sunday.'],
    ['SystemsTakenOffline', 'The insurer has temporarily paused some of its systems.'],
    ['SystemsTakenOffline', "Le groupe a procédé à l'arrêt de ses serveurs."],
    ['SystemsRestored', 'The booking platform was fully working again on Friday.'],
    ['RegulatorNotified', 'It has written to the Information Commissioner’s Office.'],
    ['RegulatorNotified', 'The Care Quality Commission has been kept informed.'],
    ['RegulatoryProbeOpened', 'Ofwat has started an enforcement case into its handling of sewage spills.'],
    ['RegulatoryProbeUpdated', 'The CMA said it had provisionally found that the group broke competition law.'],
    ['OperationalImpactReported', 'Online sales, which make up a fifth of revenue, were suspended for two days.'],
    ['OperationalImpactReported', 'The group had to close 20 stores.'],
    ['OperationalImpactReported', "Un tiers des expéditions de mercredi n'ont pu être assurées."],
    ['OperationalImpactReported', "L'incident aura un impact estimé à environ 4 M€ sur le chiffre d'affaires du trimestre."],
    ['OperationalImpactReported', 'Son site marchand est resté inaccessible pendant deux jours.'],
    ['DataExposureConfirmed', 'Les identifiants de connexion de 3 000 clients ont été exposés.'],
    ['GuidanceChanged', 'The group lowered its profit expectations for the year.'],
    ['GuidanceChanged', 'The company downgraded its outlook for the year.'],
    ['GuidanceChanged', 'It now expects the incident to cost between £6m and £8m, up from £4m.'],
    ['GuidanceChanged', 'Claims from the storm would cost about £85m rather than the £58m first announced.'],
    ['GuidanceChanged', "Sa marge devrait s'établir autour de 14 %, au lieu des 16 % visés jusqu'ici."],
    ['GuidanceChanged', "Le groupe estime désormais le coût de l'attaque à 20 millions d'euros, contre 12 millions initialement."],
    ['OtherDisclosure', 'The insurer maintained its dividend policy.'],
    ['OtherDisclosure', "La société entend former un recours devant le Conseil d'État."],
    ['OtherDisclosure', "Le groupe confirme son plan d'investissement pour l'année."],
  ])('%s: "%s"', (type, text) => {
    expect(ofType(proposalsOf(text), type)).toHaveLength(1);
  });

  it('takes the price from the clause after a move given in pence: "dropped 9.5p, or 4.1 per cent, to 221.5p"', () => {
    const [move] = ofType(proposalsOf('Shares in the group dropped 9.5p, or 4.1 per cent, to 221.5p by mid-morning.'), 'SharePriceMoved');
    expect(move.facts).toMatchObject({ direction: 'down', changePct: 4.1, price: 221.5, currency: 'GBX' });
  });

  it('tells apart changes to two kinds of measure in one article', () => {
    const text = 'The retailer cut its revenue forecast to £1.1bn from £1.2bn. It now expects an operating margin of 6%, against 8% previously.';
    expect(ofType(proposalsOf(text), 'GuidanceChanged').map((proposal) => proposal.facts.metric)).toEqual(['revenue', 'operating margin']);
  });

  it.each([
    'Unlike the attack on rival Brenford Foods, which exposed staff payroll files, it found no sign that data had left its network.',
    'Larger competitor Holt Breweries kept its own forecasts unchanged last week.',
    "L'an passé, le régulateur avait infligé une amende de 12 millions d'euros à un concurrent.",
    'Ofwat said it had opened an investigation, adding that it could impose a penalty of up to 10% of turnover.',
    'Des données de salariés pourraient toutefois avoir été consultées.',
    'It now expects the review of its suspended contracts to end in June.',
    'Broker Peel Hunt downgraded the shares to hold.',
  ])('proposes no exposure, outlook, sanction or guidance change from "%s"', (text) => {
    const types = proposalsOf(text).map((proposal) => proposal.type);
    expect(types).not.toContain('DataExposureConfirmed');
    expect(types).not.toContain('OtherDisclosure');
    expect(types).not.toContain('RegulatoryProbeUpdated');
    expect(types).not.toContain('GuidanceChanged');
  });
});

describe('authorities helping the company, past probes, causes and moves in money', () => {
  it.each([
    'It has told the Information Commissioner’s Office, and Europol is helping with its own investigation.',
    'Le groupe a prévenu la CNIL et l’ANSSI, qui l’appuie dans ses propres analyses techniques.',
    'Its review of the incident, which is being assisted by the National Cyber Security Centre, has not finished.',
    "L'Anssi épaule le groupe dans son enquête.",
  ])('proposes no probe opened when an authority supports the company’s own investigation: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'RegulatoryProbeOpened')).toHaveLength(0);
  });

  it.each([
    'It comes as the CMA continues a wider review of the sector.',
    'The company has told the ICO and its investigation is continuing.',
    "L'Autorité de la concurrence poursuit son enquête sur le secteur.",
  ])('proposes no probe opened, nor the company\'s investigation, for a probe going on: "%s"', (text) => {
    const proposals = proposalsOf(text);
    expect(ofType(proposals, 'RegulatoryProbeOpened')).toHaveLength(0);
    if (/CMA|Autorit/.test(text)) expect(ofType(proposals, 'OtherDisclosure')).toHaveLength(0);
  });

  it('still reads a regulator opening its own investigation: "the ICO said its investigation, opened on Monday"', () => {
    const text = 'The ICO said its investigation into the leak, opened on Monday, would take several months.';
    expect(ofType(proposalsOf(text), 'RegulatoryProbeOpened')).toHaveLength(1);
  });

  it.each([
    'The probe comes on top of an Ofgem review of its billing that was closed two years ago with no further action.',
    "L'ACPR avait clos l'an dernier, sans sanction, un contrôle de ses procédures.",
  ])('proposes nothing for a probe closed before the news: "%s"', (text) => {
    const types = proposalsOf(text).map((proposal) => proposal.type);
    expect(types).not.toContain('RegulatoryProbeUpdated');
    expect(types).not.toContain('RegulatoryProbeOpened');
  });

  it('reads one profit outlook, not a cost estimate, when costs are the cause: "cuts forecast as costs rise"', () => {
    const text = 'Brayfield cuts profit forecast as energy costs climb. Brayfield lowered its profit guidance to £40m from £52m.';
    expect(ofType(proposalsOf(text), 'GuidanceChanged')).toHaveLength(1);
  });

  it.each([
    ['SystemsTakenOffline', 'The attack forced it to take parts of its payroll and stock control systems offline.'],
    ['OtherDisclosure', 'The company is continuing its investigation with outside specialists.'],
    ['OtherDisclosure', "Le groupe poursuit ses investigations avec l'aide d'un cabinet spécialisé."],
  ])('%s: "%s"', (type, text) => {
    expect(ofType(proposalsOf(text), type)).toHaveLength(1);
  });

  it.each([
    ['OtherDisclosure', 'The group said it remained confident of meeting market expectations for the year.'],
    ['OtherDisclosure', 'The retailer said it was on track to deliver its full-year guidance.'],
  ])('%s: "%s"', (type, text) => {
    expect(ofType(proposalsOf(text), type)).toHaveLength(1);
  });

  it.each(['Consensus forecasts for pre-tax profit have fallen to £60m from £75m.', 'It is understood the National Crime Agency has been informed.'])(
    'proposes nothing from the market\'s consensus or an unattributed understanding: "%s"',
    (text) => {
      expect(proposalsOf(text)).toHaveLength(0);
    },
  );

  it('reads a rise given in euros with its price: "a pris 0,60 euro à 15,20 euros"', () => {
    const [move] = ofType(proposalsOf("L'action a pris 0,60 euro à 15,20 euros à la clôture."), 'SharePriceMoved');
    expect(move.facts).toMatchObject({ direction: 'up', price: 15.2, currency: 'EUR', changePct: 4.11 });
  });

  describe("held-out-10 round: classes of wording, in other outlets' styles", () => {
    it.each([
      ['OperationalImpactReported', '09:42 – Acme says payroll for some clients will be processed through a manual fallback this month.'],
      ['OperationalImpactReported', 'Acme Health said patient admissions were being recorded on paper at three hospitals.'],
      ['OperationalImpactReported', 'Some 120 non-urgent operations have been rescheduled, the trust said.'],
      ['OperationalImpactReported', 'Acme Santé : 200 interventions non urgentes déprogrammées après la cyberattaque.'],
      ['OperationalImpactReported', "Les commandes seront traitées manuellement jusqu'à nouvel ordre, précise Acme."],
      ['OperationalImpactReported', 'Dans les hôpitaux du groupe, les équipes travaillent sur papier depuis lundi.'],
      ['OtherDisclosure', 'Trading over the past two weeks has been close to normal, Acme told investors.'],
      ['OtherDisclosure', 'Acme said footfall was now almost back to normal levels.'],
      ['OtherDisclosure', "Selon Acme, l'activité est désormais proche de la normale dans ses magasins."],
      ['OtherDisclosure', 'Acme said the fine would have only a limited impact on its results.'],
      ['OtherDisclosure', 'The penalty is immaterial to its earnings, Acme said in a statement.'],
      ['OtherDisclosure', "La sanction n'aura qu'un impact limité sur les résultats du groupe, indique Acme."],
      ['OtherDisclosure', "Le montant de l'amende, déjà provisionné, n'aura qu'un effet marginal sur les résultats, précise Acme."],
      ['OtherDisclosure', 'Acme said it would pay its final dividend of 5.1p a share as planned on 4 December.'],
      ['OtherDisclosure', 'Acme has set up a dedicated helpline for affected customers.'],
      ['OtherDisclosure', "Une cellule d'écoute téléphonique a été ouverte pour les patients, promet la direction."],
      ['SystemsTakenOffline', 'The attack forced Acme to take its website and the payment terminals in all of its 240 shops offline.'],
      ['SystemsTakenOffline', "L'attaque, revendiquée par le groupe LockBit, a contraint Acme à couper l'ensemble de ses serveurs."],
      ['RegulatoryProbeOpened', "L'exécutif bruxellois a annoncé jeudi l'ouverture d'une enquête formelle sur les remises de fidélité d'Acme."],
      ['RegulatoryProbeOpened', "The EU executive said on Thursday it had opened an in-depth investigation into Acme's loyalty rebates."],
    ])('%s: "%s"', (type, text) => {
      expect(ofType(proposalsOf(text, '2026-11-05'), type)).toHaveLength(1);
    });

    it.each([
      ['a periodic report', "The NCSC's annual review, published last week, said the agency had handled 430 incidents.", 'RegulatoryProbeOpened'],
      [
        'a claim of the attack by a gang, as the sentence',
        "L'attaque a été revendiquée par le groupe LockBit, qui affirme avoir dérobé les données de 10 000 clients.",
        'DataExposureConfirmed',
      ],
      ['an outside lawyer’s view', '« Une annulation totale en appel semble peu probable », estime une avocate spécialisée.', 'OperationalImpactReported'],
      ['a small effect on results', "La sanction n'aura qu'un impact limité sur les résultats du groupe, indique Acme.", 'OperationalImpactReported'],
      ['a recovery nearly done', 'Acme said footfall was now almost back to normal levels.', 'SystemsRestored'],
      [
        'contact with those affected, labelled apart in earlier sets',
        'Les assurés concernés seront contactés individuellement par courrier.',
        'OtherDisclosure',
      ],
      ['a remedy an authority may order', 'Firms in breach can face fines and be ordered to compensate customers.', 'OtherDisclosure'],
    ])('proposes nothing from %s', (_what, text, type) => {
      expect(ofType(proposalsOf(text, '2026-11-05'), type)).toHaveLength(0);
    });
  });
});
