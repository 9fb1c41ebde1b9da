import { DisclosureType } from './catalogue';
import { DisclosureCorrectedFacts, DisclosureRetractedFacts } from './facts/amendments';
import {
  BreachAnnouncedFacts,
  DataExposureConfirmedFacts,
  ExternalAdvisersEngagedFacts,
  OperationalImpactReportedFacts,
  SystemsRestoredFacts,
  SystemsTakenOfflineFacts,
} from './facts/incident';
import { GuidanceChangedFacts, OtherDisclosureFacts, SharePriceMovedFacts } from './facts/market';
import { RegulatorNotifiedFacts, RegulatoryProbeOpenedFacts, RegulatoryProbeUpdatedFacts } from './facts/regulatory';

/** The facts of each disclosure type, as plain data (the classes declare their shape). */
export interface FactsByType {
  BreachAnnounced: BreachAnnouncedFacts;
  SystemsTakenOffline: SystemsTakenOfflineFacts;
  ExternalAdvisersEngaged: ExternalAdvisersEngagedFacts;
  RegulatorNotified: RegulatorNotifiedFacts;
  SystemsRestored: SystemsRestoredFacts;
  OperationalImpactReported: OperationalImpactReportedFacts;
  RegulatoryProbeOpened: RegulatoryProbeOpenedFacts;
  RegulatoryProbeUpdated: RegulatoryProbeUpdatedFacts;
  DataExposureConfirmed: DataExposureConfirmedFacts;
  GuidanceChanged: GuidanceChangedFacts;
  SharePriceMoved: SharePriceMovedFacts;
  OtherDisclosure: OtherDisclosureFacts;
  DisclosureCorrected: DisclosureCorrectedFacts;
  DisclosureRetracted: DisclosureRetractedFacts;
}

/** The class that validates (and documents) the facts of each type. Explicit: never derived from names. */
export const FACTS_CLASS_BY_TYPE: { [T in DisclosureType]: new () => FactsByType[T] } = {
  BreachAnnounced: BreachAnnouncedFacts,
  SystemsTakenOffline: SystemsTakenOfflineFacts,
  ExternalAdvisersEngaged: ExternalAdvisersEngagedFacts,
  RegulatorNotified: RegulatorNotifiedFacts,
  SystemsRestored: SystemsRestoredFacts,
  OperationalImpactReported: OperationalImpactReportedFacts,
  RegulatoryProbeOpened: RegulatoryProbeOpenedFacts,
  RegulatoryProbeUpdated: RegulatoryProbeUpdatedFacts,
  DataExposureConfirmed: DataExposureConfirmedFacts,
  GuidanceChanged: GuidanceChangedFacts,
  SharePriceMoved: SharePriceMovedFacts,
  OtherDisclosure: OtherDisclosureFacts,
  DisclosureCorrected: DisclosureCorrectedFacts,
  DisclosureRetracted: DisclosureRetractedFacts,
};

/** The facts class of a type, for code that handles any type alike. */
export function factsClassOf(type: DisclosureType): new () => object {
  return FACTS_CLASS_BY_TYPE[type];
}
