import { RecordableType } from '../events/catalogue';

export const COMPANY_ID = 'acme-plc';
export const ID_1 = '3f1c2a5e-8b7d-4e6f-9a0b-1c2d3e4f5a61';
export const ID_2 = '3f1c2a5e-8b7d-4e6f-9a0b-1c2d3e4f5a62';
export const ID_3 = '3f1c2a5e-8b7d-4e6f-9a0b-1c2d3e4f5a63';
export const ID_4 = '3f1c2a5e-8b7d-4e6f-9a0b-1c2d3e4f5a64';

/** A valid facts sample of each type a client may record, as a client would send it. */
export const VALID_FACTS: Record<RecordableType, Record<string, unknown>> = {
  BreachAnnounced: { summary: 'Unauthorised access to IT systems', externalAccess: true, dataAtRisk: false },
  SystemsTakenOffline: { systems: 'ordering, payments', summary: 'Taken offline as a precaution' },
  ExternalAdvisersEngaged: { advisers: 'forensic specialists' },
  RegulatorNotified: { regulator: 'ICO', summary: 'Notified within 72 hours' },
  SystemsRestored: { partial: true, systems: 'online ordering' },
  OperationalImpactReported: { summary: 'Stores unable to take card payments', severity: 'high', expectedDuration: 'weeks' },
  RegulatoryProbeOpened: { regulator: 'CNIL', scope: 'customer data handling', stage: 'review', probeId: 'CNIL-2024-17' },
  RegulatoryProbeUpdated: { regulator: 'CNIL', probeId: 'CNIL-2024-17', stage: 'closed', outcome: 'no further action' },
  DataExposureConfirmed: { dataTypes: ['names', 'email addresses'], recordsAffected: 120000 },
  GuidanceChanged: { summary: 'Full-year profit guidance cut', metric: 'operating profit', direction: 'down' },
  SharePriceMoved: { direction: 'down', changePct: 7.5, price: 412.3, currency: 'GBX', venue: 'LSE' },
  OtherDisclosure: { summary: 'Chief information officer steps down' },
};

/** One invalid facts sample per type, with the path of the error it must produce. */
export const INVALID_FACTS: Record<RecordableType, { facts: Record<string, unknown>; path: string }> = {
  BreachAnnounced: { facts: { externalAccess: 'yes' }, path: 'facts.externalAccess' },
  SystemsTakenOffline: { facts: { systems: '   ' }, path: 'facts.systems' },
  ExternalAdvisersEngaged: { facts: { advisers: 42 }, path: 'facts.advisers' },
  RegulatorNotified: { facts: { summary: 'notified' }, path: 'facts.regulator' },
  SystemsRestored: { facts: { partial: 'false' }, path: 'facts.partial' },
  OperationalImpactReported: { facts: { summary: 'impact', severity: 'severe' }, path: 'facts.severity' },
  RegulatoryProbeOpened: { facts: { regulator: 'FCA', scope: 'disclosure timing', stage: 'closed' }, path: 'facts.stage' },
  RegulatoryProbeUpdated: { facts: { stage: 'formal' }, path: 'facts.regulator' },
  DataExposureConfirmed: { facts: { recordsAffected: 12.5 }, path: 'facts.recordsAffected' },
  GuidanceChanged: { facts: { summary: 'cut', direction: 'sideways' }, path: 'facts.direction' },
  SharePriceMoved: { facts: { direction: 'up', price: 0 }, path: 'facts.price' },
  OtherDisclosure: { facts: {}, path: 'facts.summary' },
};

/** A complete, valid disclosure body of the given type. */
export function disclosureBody(type: RecordableType = 'BreachAnnounced', overrides: Record<string, unknown> = {}) {
  return {
    type,
    occurredAt: '2024-03-01',
    disclosedAt: '2024-03-04T07:00:00Z',
    source: { kind: 'filing', publisher: 'RNS', url: 'https://example.com/rns/1', language: 'en-GB' },
    facts: VALID_FACTS[type],
    ...overrides,
  };
}

export function registrationBody(overrides: Record<string, unknown> = {}) {
  return {
    companyId: COMPANY_ID,
    name: 'Acme plc',
    aliases: ['Acme'],
    identifiers: {
      lei: '213800ABCDEFGHIJKL12',
      isin: 'GB0001234567',
      tickers: [{ symbol: 'ACME', venue: 'LSE' }],
      registry: { country: 'GB', number: '01234567' },
    },
    country: 'GB',
    ...overrides,
  };
}
