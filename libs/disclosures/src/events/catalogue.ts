/** Disclosures a client may record directly (POST); corrections and retractions have their own commands. */
export const RECORDABLE_TYPES = [
  'BreachAnnounced',
  'SystemsTakenOffline',
  'ExternalAdvisersEngaged',
  'RegulatorNotified',
  'SystemsRestored',
  'OperationalImpactReported',
  'RegulatoryProbeOpened',
  'RegulatoryProbeUpdated',
  'DataExposureConfirmed',
  'GuidanceChanged',
  'SharePriceMoved',
  'OtherDisclosure',
] as const;
export type RecordableType = (typeof RECORDABLE_TYPES)[number];

export const AMENDMENT_TYPES = ['DisclosureCorrected', 'DisclosureRetracted'] as const;
export type AmendmentType = (typeof AMENDMENT_TYPES)[number];

/** Every event of a company stream except its registration. */
export const DISCLOSURE_TYPES = [...RECORDABLE_TYPES, ...AMENDMENT_TYPES] as const;
export type DisclosureType = (typeof DISCLOSURE_TYPES)[number];

export const COMPANY_REGISTERED = 'CompanyRegistered';

export const EVENT_TYPES = [COMPANY_REGISTERED, ...DISCLOSURE_TYPES] as const;
export type EventType = (typeof EVENT_TYPES)[number];

// Sets: projections ask these for every event of the log.
const RECORDABLE = new Set<unknown>(RECORDABLE_TYPES);
const KNOWN = new Set<unknown>(EVENT_TYPES);

export function isRecordableType(value: unknown): value is RecordableType {
  return RECORDABLE.has(value);
}

export function isEventType(value: unknown): value is EventType {
  return KNOWN.has(value);
}
