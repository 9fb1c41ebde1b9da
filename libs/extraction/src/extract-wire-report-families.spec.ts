import { isPerson } from './companies/people';
import { Proposal } from './model';
import { extractionProbe } from './testing/extraction-probe';

/** Word families, blockers narrowed and grammar fixed from wire and business-paper reports; sentences written for this spec. */
const { proposalsOf, typesOf } = extractionProbe('2028-02-16');

describe('word families in both languages', () => {
  it.each([
    ['Acme Telecom was hit by a cyber attack. Affected users can end their plans early without any exit fees.', 'OtherDisclosure'],
    ['Acme Telecom was hit by a cyber attack. It will offer a year of credit-monitoring to those affected.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Les abonnés concernés pourront résilier leur forfait sans frais.', 'OtherDisclosure'],
    ['Acme Foods was hit by a cyber attack. Its interim dividend will be kept at 3p a share, the board said.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Le dividende sera maintenu à 0,80 euro par action.', 'OtherDisclosure'],
    ['Acme Foods was hit by a cyber attack. Acme Foods disabled remote access for its engineers on Sunday.', 'SystemsTakenOffline'],
    ['Norvale SA a subi une cyberattaque. Norvale SA a coupé les accès à distance de ses techniciens.', 'SystemsTakenOffline'],
    ['Acme Telecom was hit by a cyber attack. Many subscribers were pushed onto the phone lines.', 'OperationalImpactReported'],
    ['Acme Telecom was hit by a cyber attack. Callers said they had waited over two hours for an answer.', 'OperationalImpactReported'],
    ['Norvale SA a subi une cyberattaque. Cela entraîne un ralentissement de plusieurs activités du siège.', 'OperationalImpactReported'],
    [
      'Norvale SA a subi une cyberattaque. Les techniciens n’ont pu travailler sur les chantiers, et trois livraisons ont été décalées.',
      'OperationalImpactReported',
    ],
    ['Norvale SA a subi une cyberattaque. Le groupe a déployé les actions correctrices exigées par l’autorité.', 'OtherDisclosure'],
    ['Acme Foods was hit by a cyber attack. The plant is not expected to reopen until Monday, Acme Foods said.', 'OtherDisclosure'],
  ])('"%s" proposes %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it.each([
    [
      'Acme Retail was hit by a cyber attack. Acme Retail rejected a report in a weekly publication that card numbers had been stolen.',
      'DataExposureConfirmed',
    ],
    ['Acme Motors was hit by a cyber attack. It has told the ICO, and says it is investigating whether files were copied.', 'RegulatoryProbeOpened'],
  ])('"%s" proposes no %s', (text, type) => {
    expect(typesOf(text)).not.toContain(type);
  });

  it('an authority acting before the pronoun is the one investigating', () => {
    const text = 'Acme Motors was hit by a cyber attack. Acme Motors fell after the ICO said on Monday that it is investigating the breach.';
    expect(typesOf(text)).toContain('RegulatoryProbeOpened');
  });
});

describe('a broker by trade, a product named with a possessive', () => {
  it('an insurance broker fined is the company, not an analyst', () => {
    const text = 'Norvale Assurances a subi une cyberattaque. Le courtier en assurance s’est vu infliger une amende par la CNIL.';
    expect(typesOf(text)).toContain('RegulatoryProbeUpdated');
  });

  it('a company named in its product ("My Brantwell") is no surname', () => {
    const text = 'The "My Brantwell" app was suspended. Brantwell says it has told the ICO.';
    expect(isPerson(text, 'Brantwell')).toBe(false);
  });
});

describe('share moves: a rebound, a move after one over a long period', () => {
  const movesOf = (text: string) => proposalsOf(text).filter((proposal: Proposal) => proposal.type === 'SharePriceMoved');
  it.each([
    ['Norvale SA a subi une cyberattaque. Jeudi, l’action Norvale SA reprenait 1,8 %.', 'up', 1.8],
    ['Acme Foods was hit by a cyber attack. Acme Foods shares are down 20% since the breach and lost another 2.5% on Tuesday.', 'down', 2.5],
  ])('"%s" gives a move %s of %d%%', (text, direction, changePct) => {
    expect(movesOf(text).map((move) => move.facts)).toContainEqual(expect.objectContaining({ direction, changePct }));
  });
});
