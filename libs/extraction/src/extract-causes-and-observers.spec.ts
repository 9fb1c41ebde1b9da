import { extractionProbe } from './testing/extraction-probe';

/**
 * A cause set aside, observers and laws, what a sanction follows, possibilities, and families of wording for
 * recovery, advisers, remedies, impacts and share quotes; sentences written for this spec.
 */
const { proposalsOf, typesOf } = extractionProbe();

describe('causes set aside, observers and families of wording', () => {
  describe('statements that propose nothing', () => {
    it.each([
      ['Norvale Telecom said the outage came from a faulty configuration change rather than from any cyber attack.', 'BreachAnnounced'],
      ['Norvale Télécom attribue la panne à une erreur de configuration plutôt qu’à une cyberattaque.', 'BreachAnnounced'],
      ['Norvale Compteurs a été attaquée. « Les fichiers de nos abonnés ont été volés », estime le directeur d’une régie des eaux.', 'DataExposureConfirmed'],
      ['Acme Meters was attacked on Monday. Customer data was stolen, said the IT manager of a water board.', 'DataExposureConfirmed'],
      ['« Une cyberattaque est une information privilégiée », souligne un avocat spécialiste du droit boursier.', 'BreachAnnounced'],
      [
        'Norvale Eau a subi une attaque. La directive imposera aux opérateurs et à leurs sous-traitants des obligations renforcées de sécurité.',
        'OtherDisclosure',
      ],
      ['Claims after hackers stole customer data have become more common.', 'DataExposureConfirmed'],
      ['Norvale SA publie ses ventes. En mars, un autre émetteur avait connu une panne informatique.', 'OperationalImpactReported'],
      ['Norvale SA a subi une attaque. Des données ont-elles été volées ? « Nous l’ignorons », dit Norvale SA.', 'DataExposureConfirmed'],
      ['Norvale SA a subi une attaque. Chez Norvale SA, des fichiers clients ont pu être consultés.', 'DataExposureConfirmed'],
      ['Acme Insure was fined £2m. The fine follows a ransomware attack in which hackers stole Acme Insure’s customer records.', 'DataExposureConfirmed'],
      ['The ICO fined Acme Insure. The ICO found that hackers entered its network through a server left unpatched.', 'BreachAnnounced'],
      ['Norvale SA a subi une panne. « Tout le secteur souffre », résume un gérant.', 'SystemsRestored'],
      ['The incident disrupted trading at Acme Stores for up to eight days.', 'SharePriceMoved'],
    ])('"%s" proposes no %s', (text, type) => {
      expect(typesOf(text)).not.toContain(type);
    });
  });

  describe('wordings that propose', () => {
    it.each([
      ['Acme Ferries was hit on Sunday. Its ticketing platform has been back since Thursday.', 'SystemsRestored'],
      ['Le portail de Norvale SA est de retour depuis jeudi.', 'SystemsRestored'],
      ['Acme Pharmacy expects every branch to be back on the prescription system by Friday.', 'OtherDisclosure'],
      ['Specialists from Mandiant are working alongside Acme’s engineers.', 'ExternalAdvisersEngaged'],
      ['Le cabinet Sekoia mène les investigations aux côtés des équipes de Norvale SA.', 'ExternalAdvisersEngaged'],
      ['Acme Bank will refund customers for any fees caused by the failure of its payments system.', 'OtherDisclosure'],
      ['Norvale Banque remboursera les frais causés par la défaillance de son application.', 'OtherDisclosure'],
      ['Norvale SA indique que l’incident ne remet pas en cause, pour l’instant, ses objectifs annuels.', 'OtherDisclosure'],
      ['Acme Stores said the incident would not, for now, change its full-year guidance.', 'OtherDisclosure'],
      ['Chez Norvale SA, la préparation des commandes est fortement ralentie.', 'OperationalImpactReported'],
      ['At Acme Logistics, order picking has been slowed.', 'OperationalImpactReported'],
      ['Two customers of Acme Hosting have since terminated their contracts.', 'OperationalImpactReported'],
      ['Trois clients de Norvale SA ont résilié leur contrat d’hébergement.', 'OperationalImpactReported'],
      ['Norvale SA reconnaît que des documents de 20 clients ont été exfiltrés.', 'DataExposureConfirmed'],
    ])('"%s" proposes %s', (text, type) => {
      expect(typesOf(text)).toContain(type);
    });
  });

  it('reads a move quoted with its direction before the price', () => {
    const [move] = proposalsOf('Acme Networks closed 12.5% lower at 187.4 pence.').filter((proposal) => proposal.type === 'SharePriceMoved');
    expect(move?.facts).toMatchObject({ direction: 'down', changePct: 12.5, price: 187.4 });
  });

  it('reads a regulator of a health profession', () => {
    const regulators = proposalsOf('Acme Pharmacy has notified the General Pharmaceutical Council.').map((proposal) => proposal.facts.regulator);
    expect(regulators).toContain('General Pharmaceutical Council');
  });
});
