import { extractionProbe } from './testing/extraction-probe';

/** Stories told over several days; sentences written for this spec. */
const { proposalsOf } = extractionProbe('2028-05-19');

describe('stories told over several days', () => {
  it('keeps two quoted share moves of different days apart', () => {
    const text =
      'Acme Freight was hit by a cyber attack. When trading resumed, its shares dropped 7.5% to 210p. ' +
      'Two days later it cut its outlook, and the shares lost a further 3.2% to 203.3p that afternoon.';
    const moves = proposalsOf(text).filter((proposal) => proposal.type === 'SharePriceMoved');
    expect(moves.map((move) => move.facts.changePct)).toEqual([7.5, 3.2]);
  });

  it('finds a company named only as it acknowledges something, and not a sentence opening on "Tout"', () => {
    const text =
      'Norvale Transports relance ses outils. Tout a commencé mardi avec un rançongiciel. ' +
      'Jeudi, Norvale a reconnu le vol de données concernant 900 salariés, dont leurs adresses.';
    expect(proposalsOf(text).map((proposal) => proposal.type)).toContain('DataExposureConfirmed');
  });
});
