import { extractionProbe } from './testing/extraction-probe';

/**
 * Grammar and fact readers: an authority named by what it is, an open question, "last year" dating a thing, an
 * umbrella word before the authorities it lists, an adviser named as a company, sums in "M€", a growth "à périmètre
 * constant"; sentences written for this spec.
 */
const { proposalsOf, ofType } = extractionProbe();

describe('clause grammar and fact readers', () => {
  describe('an authority named by what it is', () => {
    it.each([
      'Harlow Water missed its leakage goals. Ofwat has been critical. On Monday the regulator opened an investigation into Harlow Water.',
      "Orvane Énergie a publié ses comptes. L'AMF suit le dossier. Mardi, le gendarme a ouvert une enquête sur l'information financière d'Orvane Énergie.",
    ])('is the authority the article named just before: "%s"', (text) => {
      expect(ofType(proposalsOf(text), 'RegulatoryProbeOpened').map((proposal) => proposal.facts.regulator)).toHaveLength(1);
    });

    it('reports no probe when the authority only comments or recalls one', () => {
      const text =
        'Harlow Water missed its leakage goals. Ofwat has been critical. The regulator stressed that an investigation would not prejudge anything. The regulator opened its review in March.';
      expect(ofType(proposalsOf(text, '2026-06-10'), 'RegulatoryProbeOpened')).toEqual([]);
    });
  });

  it.each([
    "Brisac Jardin a été piratée. L'enseigne ne précise pas, à ce stade, si les données de ses clients, soit 200 000 comptes, ont été consultées.",
    'Brisac Garden was hacked. The retailer did not say whether the data of its 200,000 customers had been accessed.',
  ])('reads a question left open as no statement: "%s"', (text) => {
    expect(ofType(proposalsOf(text), 'DataExposureConfirmed')).toEqual([]);
  });

  it('reads a probe of a thing set up last year as this year’s news, but an incident last year as an earlier one', () => {
    const probe = "Orvane Énergie a été sanctionnée. La CNIL a ouvert un contrôle sur l'application installée par le groupe l'an dernier.";
    expect(ofType(proposalsOf(probe, '2027-03-02'), 'RegulatoryProbeOpened')).toHaveLength(1);
    expect(ofType(proposalsOf('Orvane Énergie a été victime d’une cyberattaque menée l’an dernier.', '2027-03-02'), 'BreachAnnounced')).toEqual([]);
  });

  it('drops the umbrella word before the authorities a colon lists', () => {
    const text = "Orvane Énergie a subi une attaque. Trois autorités ont été prévenues : l'ANSSI, la CNIL et l'AMF.";
    expect(ofType(proposalsOf(text), 'RegulatorNotified').map((proposal) => proposal.facts.regulator)).toEqual(['ANSSI', 'CNIL', 'AMF']);
  });

  it('reads a complaint filed at a police station', () => {
    const text = 'Orvane Énergie a été piratée. Le groupe a porté plainte lundi au commissariat de Nantes.';
    expect(ofType(proposalsOf(text), 'RegulatorNotified').map((proposal) => proposal.facts.regulator)).toEqual(['commissariat de Nantes']);
  });

  it('reads an authority outside the catalogue no more: the Swiss data protection commissioner', () => {
    const text = 'Brenner Valves reported the attack to the Federal Data Protection and Information Commissioner on Friday.';
    expect(ofType(proposalsOf(text), 'RegulatorNotified').map((proposal) => proposal.facts.regulator)).toEqual(['FDPIC']);
  });

  it('keeps a sentence naming the advisers’ firm about the company', () => {
    const text = 'Kestrel Holding detected an attack on Monday. Specialists from Varnholt Security have been engaged to support the analysis.';
    expect(ofType(proposalsOf(text), 'ExternalAdvisersEngaged')).toHaveLength(1);
  });

  it('reads both ends of a range in "M€"', () => {
    const text = "Orvane Énergie ajuste son objectif d'EBITDA, désormais attendu entre 70 et 75 M€, contre 80 à 85 M€ auparavant.";
    const [change] = ofType(proposalsOf(text), 'GuidanceChanged');
    expect(change.facts).toMatchObject({ direction: 'down', current: { low: 70e6, high: 75e6 }, previous: { low: 80e6, high: 85e6 } });
  });

  it('reads no share move in a growth "à périmètre constant"', () => {
    const text = "Orvane Énergie publie ses ventes. Chiffre d'affaires : 210,4 M€ (+1,8 % ; +2,6 % à périmètre constant).";
    expect(ofType(proposalsOf(text), 'SharePriceMoved')).toEqual([]);
  });
});
