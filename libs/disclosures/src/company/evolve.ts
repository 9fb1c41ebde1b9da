import { CompanyEvent, DisclosureEvent, DisclosureEventOf } from '../events/company-event';
import { applyFactsPatch } from './facts-patch';
import { disclosureFingerprint } from './fingerprint';
import { CompanyState, RecordedDisclosure } from './state';

/**
 * Folds one event of the company stream into the state; the state's revision advances by one. The
 * copy it makes is the size of the state's disclosures: a lean state (see namedIds) keeps it small.
 */
export function evolve(state: CompanyState, event: CompanyEvent): CompanyState {
  const revision = state.revision + 1;
  if (event.type === 'CompanyRegistered') return { ...state, revision, registered: true, companyId: event.data.companyId };
  const disclosures = new Map(state.disclosures);
  for (const [id, disclosure] of disclosureChanges(state, event)) disclosures.set(id, disclosure);
  return { ...state, revision, disclosures };
}

export type DisclosureEntry = [id: string, disclosure: RecordedDisclosure];

/**
 * What an event recorded at the state's next revision adds or replaces among the disclosures: its own
 * entry, and for a correction or retraction its target's new entry when the state holds the target.
 */
export function disclosureChanges(state: CompanyState, event: DisclosureEvent): DisclosureEntry[] {
  const revision = state.revision + 1;
  switch (event.type) {
    case 'DisclosureCorrected':
      return [record(event, revision), ...corrected(state, event)];
    case 'DisclosureRetracted':
      return [record(event, revision), ...retracted(state, event)];
    case 'BreachAnnounced':
    case 'SystemsTakenOffline':
    case 'ExternalAdvisersEngaged':
    case 'RegulatorNotified':
    case 'SystemsRestored':
    case 'OperationalImpactReported':
    case 'RegulatoryProbeOpened':
    case 'RegulatoryProbeUpdated':
    case 'DataExposureConfirmed':
    case 'GuidanceChanged':
    case 'SharePriceMoved':
    case 'OtherDisclosure':
      return [record(event, revision)];
    default:
      return unknownEvent(event);
  }
}

function record(event: DisclosureEvent, revision: number): DisclosureEntry {
  const { disclosureId, facts, occurredAt } = event.data;
  const disclosure: RecordedDisclosure = {
    type: event.type,
    revision,
    fingerprint: disclosureFingerprint(event),
    facts: { ...facts },
    retracted: false,
  };
  if (occurredAt !== undefined) disclosure.occurredAt = occurredAt;
  return [disclosureId, disclosure];
}

function corrected(state: CompanyState, event: DisclosureEventOf<'DisclosureCorrected'>): DisclosureEntry[] {
  const { disclosureId, facts, occurredAt } = event.data.facts;
  const target = state.disclosures.get(disclosureId);
  if (!target) return [];
  const updated: RecordedDisclosure = { ...target, facts: facts ? applyFactsPatch(target.facts, facts) : target.facts };
  if (occurredAt !== undefined) updated.occurredAt = occurredAt;
  return [[disclosureId, updated]];
}

function retracted(state: CompanyState, event: DisclosureEventOf<'DisclosureRetracted'>): DisclosureEntry[] {
  const { disclosureId } = event.data.facts;
  const target = state.disclosures.get(disclosureId);
  return target ? [[disclosureId, { ...target, retracted: true }]] : [];
}

function unknownEvent(event: never): never {
  throw new Error(`unknown company event: ${JSON.stringify(event)}`);
}
