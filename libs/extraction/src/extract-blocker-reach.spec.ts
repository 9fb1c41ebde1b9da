import { extractionProbe } from './testing/extraction-probe';

/** Blockers that reach only what they govern: a hedge word inside a compound, rumours given as a cause, a town named after the company's own sites. */
const { typesOf } = extractionProbe('2027-03-10');

describe('blockers kept to what they govern', () => {
  it.each([
    // a hedge word inside a compound ("route-planning", "AIM-listed") hedges nothing
    ['SystemsTakenOffline', 'Harwick Logistics said its route-planning servers were taken offline on Monday.'],
    ['RegulatorNotified', 'The AIM-listed company has notified the Information Commissioner’s Office.'],
    // the company's own sites named by their town are not another company's
    ['SystemsTakenOffline', 'Le groupe Vellane a confirmé une cyberattaque. Les serveurs des usines de Figeac et Millau ont été débranchés lundi.'],
    // a move the article gives rumours as the cause of is still a move
    ['SharePriceMoved', "L'action Vellane a cédé 3,2 %, à 12,40 euros, sur fond de rumeurs circulant en salle des marchés."],
  ])('%s: "%s"', (type, text) => {
    expect(typesOf(text)).toContain(type);
  });

  it.each([
    // "running on the servers behind its platform" is where something runs, not a delay
    ['OperationalImpactReported', 'Engineers at Harwick found unknown scripts running on the servers behind its booking platform.'],
    // a review the company has a consultancy carry out is no regulator's probe
    ['RegulatoryProbeOpened', 'Harwick said it had informed the FCA and had hired the consultancy Brenlow Advisory to review how the upgrade was handled.'],
    // a migration named as what went wrong is no remediation
    ['OtherDisclosure', 'Harwick said it had informed the FCA, and regulators want to know how the migration was planned.'],
  ])('no %s: "%s"', (type, text) => {
    expect(typesOf(text)).not.toContain(type);
  });
});
