/** The disclosure types an analyst can filter by, with how the explorer names them. */
export const DISCLOSURE_TYPES: Record<string, string> = {
  BreachAnnounced: 'Breach announced',
  SystemsTakenOffline: 'Systems taken offline',
  ExternalAdvisersEngaged: 'External advisers engaged',
  RegulatorNotified: 'Regulator notified',
  SystemsRestored: 'Systems restored',
  OperationalImpactReported: 'Operational impact',
  RegulatoryProbeOpened: 'Probe opened',
  RegulatoryProbeUpdated: 'Probe updated',
  DataExposureConfirmed: 'Data exposure confirmed',
  GuidanceChanged: 'Guidance changed',
  SharePriceMoved: 'Share price moved',
  OtherDisclosure: 'Other disclosure',
};

/** Types that mark the incident or a probe on the price chart. */
export const MARKED_TYPES = [
  'BreachAnnounced',
  'SystemsTakenOffline',
  'SystemsRestored',
  'RegulatorNotified',
  'RegulatoryProbeOpened',
  'RegulatoryProbeUpdated',
  'DataExposureConfirmed',
];

export function typeLabel(type: string): string {
  return DISCLOSURE_TYPES[type] ?? type.replace(/([a-z])([A-Z])/g, '$1 $2');
}
