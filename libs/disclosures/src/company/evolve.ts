import { CompanyEvent, DisclosureEvent, DisclosureEventOf } from '../events/company-event';
import { applyFactsPatch } from './facts-patch';
import { disclosureFingerprint } from './fingerprint';
import { CompanyState, RecordedDisclosure } from './state';

/** Folds one event of the company stream into the state; the state's revision advances by one. */
export function evolve(state: CompanyState, event: CompanyEvent): CompanyState {
  const revision = state.revision + 1;
  switch (event.type) {
    case 'CompanyRegistered':
      return { ...state, revision, registered: true, companyId: event.data.companyId };
    case 'DisclosureCorrected':
      return withDisclosures(state, revision, [record(event, revision), ...corrected(state, event)]);
    case 'DisclosureRetracted':
      return withDisclosures(state, revision, [record(event, revision), ...retracted(state, event)]);
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
      return withDisclosures(state, revision, [record(event, revision)]);
    default:
      return unknownEvent(event);
  }
}

type Entry = [id: string, disclosure: RecordedDisclosure];

function record(event: DisclosureEvent, revision: number): Entry {
  const { disclosureId, facts, occurredAt } = event.data;
  const disclosure: RecordedDisclosure = {
    type: event.type,
    revision,
    fingerprint: disclosureFingerprint(event),
    facts: { ...facts } as Record<string, unknown>,
    retracted: false,
  };
  if (occurredAt !== undefined) disclosure.occurredAt = occurredAt;
  return [disclosureId, disclosure];
}

function corrected(state: CompanyState, event: DisclosureEventOf<'DisclosureCorrected'>): Entry[] {
  const { disclosureId, facts, occurredAt } = event.data.facts;
  const target = state.disclosures.get(disclosureId);
  if (!target) return [];
  const updated: RecordedDisclosure = { ...target, facts: facts ? applyFactsPatch(target.facts, facts) : target.facts };
  if (occurredAt !== undefined) updated.occurredAt = occurredAt;
  return [[disclosureId, updated]];
}

function retracted(state: CompanyState, event: DisclosureEventOf<'DisclosureRetracted'>): Entry[] {
  const { disclosureId } = event.data.facts;
  const target = state.disclosures.get(disclosureId);
  return target ? [[disclosureId, { ...target, retracted: true }]] : [];
}

/** A copy of the state with these disclosures added or replaced; the previous state is left untouched. */
function withDisclosures(state: CompanyState, revision: number, entries: Entry[]): CompanyState {
  const disclosures = new Map(state.disclosures);
  for (const [id, disclosure] of entries) disclosures.set(id, disclosure);
  return { ...state, revision, disclosures };
}

function unknownEvent(event: never): never {
  throw new Error(`unknown company event: ${JSON.stringify(event)}`);
}
