import { extract } from './extract';
import { Proposal } from './model';

/** Sentences about someone other than the subject company, and the general causes fixed beside them (invented sentences). */
const proposalsOf = (text: string, publishedOn: string | null = '2026-11-05') => extract({ text, publishedOn }).proposals;
const ofType = (proposals: Proposal[], type: string) => proposals.filter((proposal) => proposal.type === type);

describe('extraction of sentences attributed to another company or person', () => {
  const opening = 'Halberd Logistics plc said on Tuesday it had been hit by a cyber attack. Halberd Logistics took its depots offline. ';

  it.each([
    ['a customer named as the subject', 'Ruth Ambler, 61, from Leeds, whose delivery was cancelled on Monday, said she was not told why.'],
    ['a descriptor of another company', 'Its former parent, the freight group Corvane, suffered an outage that halted its warehouses for two days.'],
    ['an unknown company named as the subject', 'Brindle Water, which supplies the depots, said its pumping stations had been shut down.'],
    ['a pronoun carrying over another company', 'A rival carrier was hit by ransomware last week. It had to shut its depots for two days.'],
  ])('proposes no impact or shutdown from %s', (_what, sentence) => {
    const proposals = proposalsOf(opening + sentence);
    expect(ofType(proposals, 'OperationalImpactReported')).toHaveLength(0);
    expect(ofType(proposals, 'SystemsTakenOffline').flatMap((proposal) => proposal.evidence.map((span) => span.quote))).toEqual([
      'Halberd Logistics took its depots offline.',
    ]);
  });

  it('reads a French descriptor of another company as background', () => {
    const text =
      "Les Transports Vérac ont subi une cyberattaque lundi. Le principal client du transporteur, l'industriel Morlaix Bois, a été victime d'une panne qui a paralysé ses ateliers.";
    expect(ofType(proposalsOf(text), 'OperationalImpactReported')).toHaveLength(0);
  });

  it('keeps the subject written by its initials', () => {
    const text = 'Halberd Logistics Group a abaissé son objectif annuel. Jeudi, le titre HL a reculé de 1,20 euro, à 18,80 euros.';
    const [move] = ofType(proposalsOf(text), 'SharePriceMoved');
    expect(move.facts).toMatchObject({ direction: 'down', price: 18.8, changePct: 6 });
  });
});

describe('general causes beside attribution', () => {
  it('calculates the percentage of a move in pence written before its direction word', () => {
    const [move] = ofType(proposalsOf('Shares in Halberd closed 12p lower at 188p.'), 'SharePriceMoved');
    expect(move.facts).toMatchObject({ direction: 'down', price: 188, currency: 'GBX', changePct: 6 });
    expect(move.computedFacts).toEqual(['changePct']);
  });

  it('reads a move in euros then the price as a share move without a share noun, but not a price of goods', () => {
    const [move] = ofType(proposalsOf('9h12 - Halberd Négoce abandonne 1,50 euro à 28,50 euros.'), 'SharePriceMoved');
    expect(move.facts).toMatchObject({ direction: 'down', price: 28.5, currency: 'EUR', changePct: 5 });
    expect(ofType(proposalsOf('Le prix du billet baisse de 2 euros à 10 euros.'), 'SharePriceMoved')).toHaveLength(0);
  });

  it('keeps the percentage the text gives over one calculated that agrees but for rounding', () => {
    const text = 'Halberd shares fell almost 5% on Tuesday. The shares closed 10p lower at 190p.';
    const [move] = ofType(proposalsOf(text), 'SharePriceMoved');
    expect(move.facts.changePct).toBe(5);
    expect(move.computedFacts).toBeUndefined();
  });

  it.each([
    "Le groupe a confirmé avoir été informé le 3 mars, par un courrier de l'AMF, de l'ouverture d'une enquête.",
    'The company said it had been notified by the FCA of the investigation in a letter.',
  ])('reads an authority’s letter to the company as no notification: %s', (text) => {
    expect(ofType(proposalsOf(text), 'RegulatorNotified')).toHaveLength(0);
  });

  it('keeps an authority informed by the company in the passive', () => {
    expect(ofType(proposalsOf('The ICO was informed by the company on Monday.'), 'RegulatorNotified')).toHaveLength(1);
  });

  it('reads the authority a complaint was filed with after "à la", not past another verb', () => {
    const [filed] = ofType(proposalsOf('Le groupe a déposé plainte à la gendarmerie.'), 'RegulatorNotified');
    expect(filed.facts.regulator).toBe('gendarmerie');
    const notified = ofType(proposalsOf("Le groupe a porté plainte et notifié l'incident à la CNIL."), 'RegulatorNotified');
    expect(notified.map((proposal) => proposal.facts.regulator).sort()).toEqual(['CNIL', 'plainte déposée (autorité non précisée)']);
  });

  it.each([
    "Chez Oddo, on juge que le relèvement de l'objectif de chiffre d'affaires était attendu.",
    "Un gérant lyonnais estime que la baisse de l'objectif de marge était prévisible.",
    'One fund manager said the cut to the profit forecast had been expected.',
  ])('reads a broker’s or fund manager’s view as no guidance: %s', (text) => {
    expect(ofType(proposalsOf(text), 'GuidanceChanged')).toHaveLength(0);
  });

  it('reads order restored, stated as done, as a restoration and not recovery under way', () => {
    const proposals = proposalsOf("Tout est rentré dans l'ordre mardi soir : le site de vente fonctionne de nouveau normalement, indique le groupe.");
    expect(ofType(proposals, 'SystemsRestored')).toHaveLength(1);
    expect(ofType(proposals, 'OtherDisclosure')).toHaveLength(0);
  });

  it('reads a cost estimate now expected at a multiple of the earlier one as a guidance change up', () => {
    const [change] = ofType(
      proposalsOf('Halberd said it now expected the cost of refunds to reach about £18m, more than double the £7m it had estimated.'),
      'GuidanceChanged',
    );
    expect(change.facts).toMatchObject({ direction: 'up', current: { low: 18000000 }, previous: { low: 7000000 } });
  });

  it.each([
    ['SystemsTakenOffline', 'By noon it had taken its customer booking portal and the route planning software at its four regional hubs offline.'],
    ['SystemsTakenOffline', 'The firm yanked the billing platform offline the same day.'],
    ['OtherDisclosure', 'It left its sales forecast of around £900m unchanged.'],
    ['OtherDisclosure', 'Son objectif de marge, autour de 12 %, reste toutefois inchangé.'],
    ['SystemsRestored', 'Halberd Track was back up for all customers on Monday.'],
    ['OtherDisclosure', 'The depots remain closed; the company said it expected them to return before the weekend.'],
    ['OperationalImpactReported', 'Some 3,000 parcels arrived late and about 400 had to be cancelled.'],
  ])('%s: "%s"', (type, text) => {
    expect(ofType(proposalsOf(text), type)).toHaveLength(1);
  });

  it.each([
    ['SystemsRestored', 'Online sales were back up 3% in the last quarter.'],
    ['OtherDisclosure', 'The group plans to return cash to shareholders before the year end.'],
  ])('proposes no %s from "%s"', (type, text) => {
    expect(ofType(proposalsOf(text), type)).toHaveLength(0);
  });
});
