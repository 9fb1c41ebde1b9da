import { extractionProbe } from './testing/extraction-probe';

/** Insurance expected to pay, aftermath word families, blockers narrowed and shares owned by a parent; sentences written for this spec. */
const { proposalsOf, typesOf } = extractionProbe('2028-03-08');
const otherDisclosures = (text: string) => proposalsOf(text).filter((proposal) => proposal.type === 'OtherDisclosure').length;

describe('insurance expected to pay, a kind of stance of its own', () => {
  it.each([
    'Acme Foods was hit by a cyber attack. Its interim dividend will be kept at 3p. It expects its insurers to meet most of the bill.',
    'Norvale SA a subi une cyberattaque. Le dividende sera maintenu. Le groupe compte sur ses assureurs pour en rembourser l’essentiel.',
    'Norvale SA a subi une cyberattaque. Le dividende sera maintenu. L’essentiel sera pris en charge par son assureur.',
  ])('"%s" gives two other disclosures', (text) => {
    expect(otherDisclosures(text)).toBe(2);
  });

  it('an insurance payout denied is none', () => {
    expect(typesOf('Norvale SA a subi une cyberattaque. Norvale SA ne donne aucune indication sur une indemnisation par ses assureurs.')).not.toContain(
      'OtherDisclosure',
    );
  });
});

describe('aftermath word families in both languages', () => {
  it.each([
    ['Acme Cinemas found malicious code on its checkout pages.', 'BreachAnnounced'],
    ['Norvale SA a trouvé un code espion dans son site de paiement.', 'BreachAnnounced'],
    ['Acme Cinemas was hit by a cyber attack. It closed its online ticketing on Sunday.', 'SystemsTakenOffline'],
    ['Norvale SA a subi une cyberattaque. Le groupe a fermé sa billetterie en ligne dimanche.', 'SystemsTakenOffline'],
    ['Acme Cinemas was hit by a cyber attack. Seats were only sold at the box office for a week.', 'OperationalImpactReported'],
    ['Norvale SA a subi une cyberattaque. Les places ne sont plus vendues qu’au guichet.', 'OperationalImpactReported'],
    ['Acme Water was hit by a cyber attack. Its pumping stations switched to manual control.', 'OperationalImpactReported'],
    ['Norvale SA a subi une cyberattaque. Ses stations sont passées en mode manuel.', 'OperationalImpactReported'],
    ['Acme Motors was hit by a cyber attack. Production at its two plants has not been affected.', 'OperationalImpactReported'],
    ['Norvale SA a subi une cyberattaque. Les livraisons aux clients n’ont pas été perturbées.', 'OperationalImpactReported'],
    ['Norvale SA a subi une cyberattaque. Norvale SA espère un retour progressif de ses serveurs d’ici lundi.', 'OtherDisclosure'],
    ['Acme Bank was hit by a cyber attack. It will refund all fraudulent card payments.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Elle remboursera toutes les transactions frauduleuses.', 'OtherDisclosure'],
    ['Acme Bank was hit by a cyber attack. Every affected customer will receive a letter.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Chaque abonné touché recevra un courriel.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Une ligne d’écoute a été mise en place.', 'OtherDisclosure'],
    ['Acme Bank was hit by a cyber attack. It is offering a year of identity-protection to its members.', 'OtherDisclosure'],
    ['Acme Bank had an outage. It has paid £2m in compensation to customers.', 'OtherDisclosure'],
    ['Norvale SA a subi une cyberattaque. Cela n’aura pas d’incidence sur son objectif de marge.', 'OtherDisclosure'],
    ['Acme Bank had an outage. Acme Bank asked the consultancy Brisk Partners to review its testing.', 'ExternalAdvisersEngaged'],
    ['Acme Bank was hit by a cyber attack. A review conducted with the consultancy Brisk Partners is under way.', 'ExternalAdvisersEngaged'],
    ['Acme Defence was hit by a cyber attack. It has told the MoD.', 'RegulatorNotified'],
  ])('"%s" proposes %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('a share slump in the imperfect ("dévissait") is a move', () => {
    expect(typesOf('Norvale SA a subi une cyberattaque. Le titre Norvale SA dévissait de 5,2 % à 12,40 euros mardi.')).toContain('SharePriceMoved');
  });
});

describe('blockers narrowed and grammar', () => {
  it('a move on the day of a claim is no rumour', () => {
    expect(typesOf('Norvale SA a subi une cyberattaque. Le titre Norvale SA a reculé de 3,1 % mardi, jour de la revendication.')).toContain('SharePriceMoved');
  });

  it('an outage an authority is to examine is the scope of its probe, not an impact', () => {
    expect(
      typesOf('Acme Bank said the regulator had appointed investigators to examine its handling of complaints arising from last month’s outage.'),
    ).not.toContain('OperationalImpactReported');
  });

  it('the shares of a parent named in a relative clause are not the company’s', () => {
    expect(typesOf('Acme Energy was hit by a cyber attack. Acme Energy belongs to the utility Borvik, whose shares fell 1.2% on Monday.')).not.toContain(
      'SharePriceMoved',
    );
  });
});
