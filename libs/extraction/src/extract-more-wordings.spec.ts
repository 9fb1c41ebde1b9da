import { extract } from './extract';
import { Proposal } from './model';

/** Further wordings of each family and grammar around them, in sentences written for this spec (none taken from an article). */
const proposalsOf = (text: string, publishedOn: string | null = null) => extract({ text, publishedOn }).proposals;
const ofType = (proposals: Proposal[], type: string) => proposals.filter((proposal) => proposal.type === type);
const typesOf = (proposals: Proposal[]) => proposals.map((proposal) => proposal.type).sort();

describe('extraction of further wordings', () => {
  describe('denials of evidence cut by an aside', () => {
    it.each([
      'Acme has not, so far, identified any evidence that customer data has been removed from its systems.',
      'Its review had found no evidence at this stage that payroll records were copied.',
      "Le groupe n'a trouvé aucune preuve à ce stade que des données de clients ont été volées.",
    ])('proposes no data exposure: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'DataExposureConfirmed')).toEqual([]);
    });
  });

  describe('the outlook held', () => {
    it.each([
      'The directors do not, at present, expect the disruption to have a material effect on results.',
      "The company's expectations for the current financial year remain unchanged.",
      'Profit is expected in line with current market consensus, and the board’s expectations are unchanged.',
    ])('reads an outlook held: "%s"', (text) => {
      expect(typesOf(proposalsOf(text))).toEqual(['OtherDisclosure']);
    });

    it('still reads an analyst’s view as one', () => {
      expect(proposalsOf('Analysts at a broker expect the group to cut its guidance next month.')).toEqual([]);
    });
  });

  describe('the company speaking to analysts', () => {
    it.each([
      'The finance director told analysts on a call that the group now expects operating profit of £40m to £44m, down from £50m.',
      "Le directeur financier a indiqué aux analystes que le groupe vise désormais un chiffre d'affaires de 2 milliards d'euros, contre 2,2 milliards auparavant.",
    ])('reads the guidance it gives them: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'GuidanceChanged')).toHaveLength(1);
    });

    it('tells capital expenditure apart from profit when both are changed', () => {
      const text =
        'Acme now expects operating profit of £40m to £44m, down from £50m. Capital expenditure is now expected at about £30m, down from £36m, after the group delayed a warehouse project.';
      expect(ofType(proposalsOf(text), 'GuidanceChanged')).toHaveLength(2);
    });
  });

  describe('impacts', () => {
    it.each(['Parcel collections in the north will be delayed by up to three days, the carrier said.', 'Call waiting times have doubled since the weekend.'])(
      'reads an impact: "%s"',
      (text) => {
        expect(typesOf(proposalsOf(text))).toEqual(['OperationalImpactReported']);
      },
    );

    it('reads no impact in a delay that may come', () => {
      expect(proposalsOf('Some projects could be delayed, the company said.')).toEqual([]);
    });
  });

  describe('recovery, remediation and remedies', () => {
    it.each([
      '"The worst of the disruption is now behind us," the finance director told reporters.',
      'Since the hack, the insurer has been tightening its security controls across every branch.',
      'The group is investing heavily in its cyber defences.',
      'The building society will reimburse members for any interest charged as a result of the outage.',
    ])('reads an other disclosure: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'OtherDisclosure')).toHaveLength(1);
    });

    it('reads no remedy in a refund that has nothing to do with the incident', () => {
      expect(ofType(proposalsOf('The airline will refund fees for cancelled bookings next year.'), 'OtherDisclosure')).toEqual([]);
    });
  });

  describe('French wordings', () => {
    it.each([
      ['ExternalAdvisersEngaged', "Le groupe s'est entouré des experts en sécurité du cabinet Gamma."],
      ['OtherDisclosure', 'Un retour progressif à la normale des livraisons est attendu en janvier.'],
      ['OtherDisclosure', 'Le transporteur espère retrouver un fonctionnement normal de ses entrepôts avant Noël.'],
      ['SystemsTakenOffline', "Dès l'alerte, le logiciel de paie a été désactivé par précaution."],
      ['SystemsTakenOffline', 'Par sécurité, les accès VPN des agences ont été suspendus.'],
      ['OperationalImpactReported', 'Les temps de traitement des commandes ont doublé depuis lundi.'],
      ['OperationalImpactReported', 'Plus de 500 dossiers de sinistres restent en souffrance.'],
    ])('%s: "%s"', (type, text) => {
      expect(ofType(proposalsOf(text), type)).toHaveLength(1);
    });

    it('reads an outlook past an aside such as "pour sa part", against the figure counted on before', () => {
      const text = "Pour l'exercice, l'Ebitda devrait pour sa part s'établir à 64 millions d'euros, alors que la direction tablait sur 70 millions d'euros.";
      const [change] = ofType(proposalsOf(text), 'GuidanceChanged');
      expect(change.facts).toMatchObject({ direction: 'down', current: { low: 64000000 }, previous: { low: 70000000 } });
    });

    it.each(['La société a porté plainte à la gendarmerie de Brive.', 'La société a déposé plainte au parquet de Brive.'])(
      'reads the authority a complaint was made to after "à": "%s"',
      (text) => {
        const regulators = ofType(proposalsOf(text), 'RegulatorNotified').map((proposal) => proposal.facts.regulator);
        expect(regulators).toHaveLength(1);
        expect(regulators).not.toContain('plainte déposée (autorité non précisée)');
      },
    );

    it('still reads a complaint followed by another verb as one to an authority not named', () => {
      const regulators = ofType(proposalsOf("Le groupe a porté plainte et signalé l'incident à la CNIL."), 'RegulatorNotified').map((p) => p.facts.regulator);
      expect(regulators).toEqual(expect.arrayContaining(['CNIL', 'plainte déposée (autorité non précisée)']));
    });

    it.each([
      "Le tribunal a ordonné la publication du jugement, assortie d'une pénalité de 800 euros par jour de retard.",
      "Les plaintes portaient sur la politique d'annulation de la compagnie.",
    ])('reads no impact in a penalty per day of delay or in cancellation terms: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'OperationalImpactReported')).toEqual([]);
    });
  });

  describe('recovery named as the purpose of a hire', () => {
    it.each([
      'Pour accompagner la relance de ses usines, le groupe a fait appel au cabinet Gamma afin de superviser le redémarrage des lignes.',
      'Acme has engaged Delta Forensics to help restore its systems.',
    ])('is neither a restoration nor recovery under way: "%s"', (text) => {
      const types = typesOf(proposalsOf(text));
      expect(types).not.toContain('SystemsRestored');
      expect(types).not.toContain('OtherDisclosure');
    });
  });

  describe('an incident set in a season of an earlier year', () => {
    it.each([
      "À l'automne 2024, des pirates avaient volé les adresses de 12 000 abonnés de l'opérateur.",
      'Hackers stole the addresses of 9,000 customers in the summer of 2023.',
    ])('is background: "%s"', (text) => {
      expect(proposalsOf(text, '2026-11-10')).toEqual([]);
    });

    it('still reads one of this year', () => {
      expect(typesOf(proposalsOf('Hackers stole the addresses of 9,000 customers this summer.', '2026-11-10'))).toEqual([
        'BreachAnnounced',
        'DataExposureConfirmed',
      ]);
    });
  });

  describe('a share move in money with a day before it', () => {
    it.each([
      ['Le titre a cédé hier 0,50 euro, à 12,00 euros.', 'down', 4, 12],
      ['Shares in Acme fell on Monday by 12p to 188p.', 'down', 6, 188],
    ])('computes the percentage from the move and the new price: "%s"', (text, direction, changePct, price) => {
      const [move] = ofType(proposalsOf(text, '2026-11-12'), 'SharePriceMoved');
      expect(move.facts).toMatchObject({ direction, changePct, price });
      expect(move.computedFacts).toEqual(['changePct']);
    });
  });

  describe('an incident named as what a sanction is for', () => {
    it.each([
      'Acme hit with £2m penalty for 2022 ransomware attack',
      'On Tuesday the regulator fined Acme £2 million after a hack in which the passwords of 50,000 users were stolen.',
      "Mardi, l'autorité a infligé à Acme une amende de 2 millions d'euros à la suite d'une intrusion lors de laquelle les mots de passe de 50 000 utilisateurs avaient été volés.",
      'The Financial Conduct Authority (FCA) said the broker had not implemented two-step login, which let hackers copy the records of 50,000 clients.',
    ])('is neither a breach nor data newly confirmed: "%s"', (text) => {
      const types = typesOf(proposalsOf(text, '2026-11-10'));
      expect(types).not.toContain('BreachAnnounced');
      expect(types).not.toContain('DataExposureConfirmed');
    });

    it('still reads an incident the company reports beside a fine it mentions', () => {
      const types = typesOf(proposalsOf('Acme said hackers had stolen the addresses of 50,000 customers on Monday.', '2026-11-10'));
      expect(types).toEqual(['BreachAnnounced', 'DataExposureConfirmed']);
    });
  });

  describe('restorations', () => {
    it('reads two restorations on two days in one sentence', () => {
      const text = 'Payroll came back online on Tuesday, and by Wednesday the ticketing platform was working again in three of its five regions.';
      const restored = ofType(proposalsOf(text, '2026-11-13'), 'SystemsRestored');
      expect(restored.map((proposal) => [proposal.occurredOn, proposal.facts.partial])).toEqual([
        ['2026-11-10', false],
        ['2026-11-11', true],
      ]);
    });

    it('joins an undated restoration to the earliest day named when the article names several', () => {
      const text = [
        'Acme says the bulk of its branch network is back to normal.',
        'Payroll came back online on Tuesday, and by Wednesday the ticketing platform was working again.',
      ].join(' ');
      expect(ofType(proposalsOf(text, '2026-11-13'), 'SystemsRestored')).toHaveLength(2);
    });

    it('reads no restoration in shares that recovered part of a loss', () => {
      const text = 'Acme stock lost 14p to 402p on Friday, and has since recovered some of the fall.';
      expect(ofType(proposalsOf(text, '2026-11-13'), 'SystemsRestored')).toEqual([]);
    });
  });

  describe('authorities named in general', () => {
    it.each(['09:30 – Authorities notified', 'Autorités prévenues'])('give nothing in a heading: "%s"', (text) => {
      expect(proposalsOf(text)).toEqual([]);
    });

    it('are still read in a sentence', () => {
      expect(ofType(proposalsOf('Acme said it had informed the relevant authorities.'), 'RegulatorNotified')).toHaveLength(1);
    });
  });

  describe('each family in the other language too', () => {
    it.each([
      ['OtherDisclosure', '« Le pire est derrière nous », assure la présidente.'],
      ['OtherDisclosure', "L'opérateur prendra en charge les frais bancaires de ses abonnés dus à l'indisponibilité du service."],
      ['OtherDisclosure', "Le groupe ne prévoit pas, pour l'instant, d'effet notable sur ses résultats annuels."],
      ['OtherDisclosure', 'The group said it hopes to reopen all stores by Friday.'],
      ['SystemsTakenOffline', 'As a precaution the HR tool was disabled, and remote access for suppliers was suspended.'],
    ])('%s: "%s"', (type, text) => {
      expect(ofType(proposalsOf(text), type)).toHaveLength(1);
    });

    it('reads no impact in an effect denied past an aside', () => {
      expect(ofType(proposalsOf("Le groupe ne prévoit pas, pour l'instant, d'effet notable sur ses résultats annuels."), 'OperationalImpactReported')).toEqual(
        [],
      );
    });

    it('still reads a day standing as a clause after a phrase ending in an aside word', () => {
      const text = 'After its analysis to date, on September 3, 2026, the lender concluded that intruders had copied the names of 4,000 borrowers.';
      expect(ofType(proposalsOf(text, '2026-09-10'), 'DataExposureConfirmed')[0].occurredOn).toBe('2026-09-03');
    });
  });

  describe('a change to the financial calendar', () => {
    it.each([
      "L'assureur repousse la présentation de ses résultats annuels à une date ultérieure.",
      'Acme has postponed the publication of its half-year results to allow its auditors to finish their work.',
    ])('is an other disclosure, not an impact: "%s"', (text) => {
      expect(typesOf(proposalsOf(text))).toEqual(['OtherDisclosure']);
    });

    it('is not stated when only possible', () => {
      expect(proposalsOf('Acme may delay the publication of its annual report.')).toEqual([]);
    });
  });

  describe('usual phrasings probed in both languages', () => {
    it.each([
      ['SystemsTakenOffline', 'The attack forced the company to pull the plug on its core systems.'],
      ['OtherDisclosure', 'Le groupe se dit confiant dans sa capacité à atteindre ses objectifs annuels.'],
      ['OtherDisclosure', 'The bank will compensate customers for any losses caused by the outage.'],
      ['GuidanceChanged', 'The retailer warned that annual profit would be at the lower end of its £50m-£60m range.'],
      ['GuidanceChanged', "Le chiffre d'affaires devrait se situer dans le bas de la fourchette de 1,1 à 1,2 milliard d'euros."],
      ['GuidanceChanged', "Le groupe suspend ses objectifs financiers pour l'exercice."],
      ['SystemsRestored', 'Le groupe a indiqué que la production avait repris mardi sur deux de ses quatre sites.'],
    ])('%s: "%s"', (type, text) => {
      expect(ofType(proposalsOf(text), type)).toHaveLength(1);
    });

    it('reads no guidance in an end of a range an analyst or a hedge names', () => {
      expect(proposalsOf('Profit could be at the lower end of the range, analysts said.')).toEqual([]);
    });
  });

  describe('possibilities and claims', () => {
    it.each([
      'Acme cannot rule out that customer data was taken.',
      'Le groupe ne peut exclure que des données personnelles aient été consultées.',
      "Il n'est pas exclu que des données clients aient été dérobées.",
      'The hackers claim to have stolen 2TB of customer files.',
    ])('confirm no data taken: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'DataExposureConfirmed')).toEqual([]);
    });

    it.each(['Acme has ruled out any impact on its guidance.', 'Le groupe exclut tout impact sur ses objectifs annuels.'])(
      'an effect on the outlook ruled out is the outlook held: "%s"',
      (text) => {
        expect(typesOf(proposalsOf(text))).toEqual(['OtherDisclosure']);
      },
    );
  });

  describe('systems taken offline, restored and advisers', () => {
    it.each([
      ['SystemsTakenOffline', 'Le groupe a préventivement coupé ses serveurs.'],
      ['SystemsTakenOffline', 'As a precaution, Acme shut its IT network on Sunday.'],
      ['SystemsTakenOffline', 'Acme took the decision to disconnect its servers from the internet.'],
      ['SystemsTakenOffline', 'Its online shop remains closed.'],
      ['SystemsTakenOffline', 'Le site de vente en ligne reste fermé.'],
      ['OperationalImpactReported', 'Acme has suspended online ordering.'],
      ['OperationalImpactReported', 'Le groupe a suspendu les commandes en ligne.'],
      ['OperationalImpactReported', 'Acme shut its stores on Monday.'],
    ])('%s: "%s"', (type, text) => {
      expect(ofType(proposalsOf(text), type)).toHaveLength(1);
    });

    it.each(['Specialists from Delta are helping the group restore its systems.', 'Des experts de Delta aident le groupe à rétablir ses systèmes.'])(
      'reads advisers helping with a restoration as advisers only: "%s"',
      (text) => {
        expect(typesOf(proposalsOf(text))).toEqual(['ExternalAdvisersEngaged']);
      },
    );

    it('still reads a restoration done with advisers’ help', () => {
      expect(typesOf(proposalsOf('With the help of Delta, Acme restored its email on Monday.', '2026-11-12'))).toEqual(['SystemsRestored']);
    });
  });

  describe("a share move and the day's extreme", () => {
    it.each([
      ['Shares fell as much as 12% before closing down 7.4% at 310p.', 7.4],
      ["L'action Acme a perdu jusqu'à 12 % en séance avant de clôturer en baisse de 7,4 % à 31,05 euros.", 7.4],
      ['Shares in Acme fell as much as 12% on Monday.', 12],
    ])('reads the settled move: "%s"', (text, changePct) => {
      expect(ofType(proposalsOf(text, '2026-11-12'), 'SharePriceMoved')[0].facts.changePct).toBe(changePct);
    });
  });

  describe('work stopped for people and plant, and service back', () => {
    it.each([
      ['OperationalImpactReported', 'Staff have been sent home and production lines stand idle.'],
      ['OperationalImpactReported', 'Some patients have had their appointments moved to next week.'],
      ['OperationalImpactReported', 'Les salariés ont été renvoyés chez eux.'],
      ['SystemsRestored', 'La messagerie fonctionne de nouveau depuis mercredi.'],
    ])('%s: "%s"', (type, text) => {
      expect(ofType(proposalsOf(text, '2026-11-12'), type)).toHaveLength(1);
    });
  });

  describe('guidance stated as a trend or per share', () => {
    it.each([
      ["Le groupe prévoit désormais un chiffre d'affaires en recul de 5 % sur l'exercice.", 'down'],
      ['Acme now expects full-year revenue to fall by about 5%.', 'down'],
      ['Acme now expects fiscal 2027 revenue to grow 3% to 4%, compared with its previous forecast of 7% to 9% growth.', 'down'],
      ['Acme now expects adjusted earnings per share of 40p to 42p, down from 48p.', 'down'],
      ['Le groupe vise désormais un bénéfice par action de 2,10 euros, contre 2,40 euros auparavant.', 'down'],
    ])('reads the change and its direction: "%s"', (text, direction) => {
      const changes = ofType(proposalsOf(text), 'GuidanceChanged');
      expect(changes.map((change) => change.facts.direction)).toEqual([direction]);
    });

    it('reads no share move in a figure per share', () => {
      expect(ofType(proposalsOf('Acme now expects adjusted earnings per share of 40p to 42p, down from 48p.'), 'SharePriceMoved')).toEqual([]);
    });
  });
});
