import { extractionProbe } from './testing/extraction-probe';

/**
 * Families of wording and grammar: an authority as the object of "told", a wire brief's bullets, two sentences
 * joined by a semicolon, systems named by what they are, reopening, an intruder, a service pulled, a payment
 * settlement, an index naming the company's kind, a measure reaching millions, authorities and the company's own
 * technical investigation, a possibility, a French "résumé"; sentences written for this spec.
 */
const { proposalsOf, ofType, regulatorsOf } = extractionProbe();

describe('word families and clause grammar', () => {
  describe('authorities informed', () => {
    it.each([
      ['Acme Freight has appointed KPMG and told the Information Commissioner’s Office.', ['ICO']],
      ['“We told both the FCA and the ICO the next morning,” said Acme’s finance director.', ['FCA', 'ICO']],
    ])('reads an authority told, even past a verb sharing its auxiliary: "%s"', (text, regulators) => {
      expect(regulatorsOf(text)).toEqual(regulators);
    });

    it('does not read an authority named after someone else was told', () => {
      expect(regulatorsOf('Acme told analysts on Tuesday that the FCA had asked questions about the outage.')).toEqual([]);
    });

    it('reads authorities named in general in a bullet of a wire brief', () => {
      expect(regulatorsOf('* ACME PLC SAYS IT HAS INFORMED THE APPROPRIATE AUTHORITIES')).toEqual(['APPROPRIATE AUTHORITIES']);
    });
  });

  describe('two sentences joined by a semicolon', () => {
    it('reads the company’s own statement after a semicolon that follows a rival’s past incident', () => {
      const text =
        'Acme Rail was hit on Monday. One rival, attacked in 2023, needed months to recover; Acme Rail says it expects its ticket machines to return within days.';
      expect(ofType(proposalsOf(text, '2026-05-06'), 'OtherDisclosure')).toHaveLength(1);
    });
  });

  describe('systems taken offline and back', () => {
    it.each([
      "Par précaution, Acme a coupé son progiciel de gestion et les automates de l'atelier de peinture.",
      'Le soir même, la régie a coupé la télégestion de ses forages.',
      'Acme a fermé lundi sa centrale de réservation par précaution.',
      'Acme a retiré mardi son application de paiement.',
      'Acme pulled its ticketing app on Sunday night.',
      'Acme isolated its ERP software on Monday.',
    ])('reads systems taken offline: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'SystemsTakenOffline')).toHaveLength(1);
    });

    it.each([
      'Le magasin en ligne d’Acme a rouvert vendredi.',
      'Acme’s payments hub came back fully on Sunday.',
      "L'espace client d'Acme est de retour en ligne depuis jeudi.",
    ])('reads a restoration: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'SystemsRestored')).toHaveLength(1);
    });

    it('reads a reopening expected as recovery, not a restoration', () => {
      const proposals = proposalsOf('Les boutiques d’Acme devraient rouvrir mercredi.');
      expect(ofType(proposals, 'SystemsRestored')).toEqual([]);
      expect(ofType(proposals, 'OtherDisclosure')).toHaveLength(1);
    });

    it('does not read a French "résumé" as systems resumed', () => {
      expect(proposalsOf("Résumé de l'audience publié par la Tribune, mardi 3 mars")).toEqual([]);
    });
  });

  describe('incidents and data', () => {
    it.each(['Acme’s engineers spotted an intruder on its payroll servers.', "Les équipes d'Acme ont repéré un intrus sur ses serveurs de paie."])(
      'reads an intruder as an incident: "%s"',
      (text) => {
        expect(ofType(proposalsOf(text), 'BreachAnnounced')).toHaveLength(1);
      },
    );

    it.each([
      "Les nom, adresse électronique et numéro client d'environ 8 000 abonnés d'Acme ont été copiés.",
      'The email address and account number of some 8,000 Acme members were copied.',
    ])('reads data named in the singular: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'DataExposureConfirmed')).toHaveLength(1);
    });

    it.each(['Acme raised the possibility that customer data was viewed.', 'Acme évoque la « possibilité » que des fichiers clients aient été consultés.'])(
      'reads a possibility as hedged: "%s"',
      (text) => {
        expect(ofType(proposalsOf(text), 'DataExposureConfirmed')).toEqual([]);
      },
    );

    it('reads a claim a newsroom could not verify as a rumour', () => {
      expect(proposalsOf('Hackers said they had taken files; the agency was unable to verify the claim and Acme declined to comment.')).toEqual([]);
    });
  });

  describe('probes', () => {
    it('reads a review of payment settlement as a probe opened', () => {
      const text = 'The Payment Systems Regulator said on Monday that it had opened a review of Acme’s settlement systems.';
      expect(regulatorsOf(text, 'RegulatoryProbeOpened')).toEqual(['PSR']);
      expect(regulatorsOf(text, 'RegulatoryProbeUpdated')).toEqual([]);
    });

    it.each(["Acme a informé l'ACPR, son autorité de contrôle, dès mardi.", "Acme a chargé le cabinet Itrinea de l'enquête technique et a averti la CNIL."])(
      'reads no probe: "%s"',
      (text) => {
        expect(ofType(proposalsOf(text), 'RegulatoryProbeOpened')).toEqual([]);
      },
    );

    it('reads another company’s probe after "Ailleurs," in a market report', () => {
      const text =
        "Acme a chuté de 6 % après une cyberattaque. Ailleurs, Zenora a gagné 2 % après un contrat. La Banque savoyarde a reculé de 1 %, l'AMF ayant ouvert une enquête sur ses comptes.";
      expect(ofType(proposalsOf(text), 'RegulatoryProbeOpened')).toEqual([]);
    });
  });

  describe('share moves', () => {
    it.each([
      ['Shares in the FTSE 250 housebuilder dropped 4 per cent to 210p.', 4],
      ['Le groupe du CAC 40 a chuté de 5 % à 31 euros.', 5],
    ])('reads the move of a company named by its index: "%s"', (text, changePct) => {
      expect(ofType(proposalsOf(text), 'SharePriceMoved').map((move) => move.facts.changePct)).toEqual([changePct]);
    });

    it.each(['- Gross written premiums up 6% to £1.14bn', "Chiffre d'affaires en hausse de 6 % à 1,2 milliard d'euros"])(
      'reads no share move in a measure reaching a sum in millions: "%s"',
      (text) => {
        expect(ofType(proposalsOf(text), 'SharePriceMoved')).toEqual([]);
      },
    );
  });
});
