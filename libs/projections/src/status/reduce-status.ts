import { CompanyRegistration } from '@ledger/disclosures';
import { CompanyStatus, SharePrice, emptyCompanyStatus } from './company-status';
import { nextIncident } from './incident';
import { parsedInstantOf } from './parsed-instants';
import { nextProbes } from './probes';
import { StatusInput } from './status-input';

/** The status once the company is registered: identity only, the rest as it was. */
export function registered(status: CompanyStatus, registration: CompanyRegistration, revision: number): CompanyStatus {
  const next: CompanyStatus = {
    ...status,
    registered: true,
    name: registration.name,
    aliases: registration.aliases ?? [],
    identifiers: registration.identifiers ?? {},
    revision,
  };
  if (registration.country) next.country = registration.country;
  return next;
}

/**
 * The one status reducer: a disclosure in force folded into the status. Shared by the company-status
 * projection and the as-of queries, so both always agree.
 */
export function reduceStatus(status: CompanyStatus, input: StatusInput): CompanyStatus {
  const at = parsedInstantOf(input.at);
  const counts = { ...status.counts };
  counts[input.type] = (status.counts[input.type] ?? 0) + 1;
  return {
    ...status,
    incident: nextIncident(status.incident, input),
    probes: nextProbes(status.probes, input),
    sharePrice: input.type === 'SharePriceMoved' ? laterPrice(status.sharePrice, input, at) : status.sharePrice,
    counts,
    firstDisclosureAt: status.firstDisclosureAt === null || at < parsedInstantOf(status.firstDisclosureAt) ? input.at : status.firstDisclosureAt,
    lastDisclosureAt: status.lastDisclosureAt === null || at >= parsedInstantOf(status.lastDisclosureAt) ? input.at : status.lastDisclosureAt,
    revision: Math.max(status.revision, input.revision),
  };
}

/**
 * Folds disclosures in force into a starting status in business order: by when they happened, then
 * as recorded. An incident's state and a probe's stage follow what happened, whatever the order in
 * which the ledger learnt of it.
 */
export function foldStatus(start: CompanyStatus, inputs: readonly StatusInput[]): CompanyStatus {
  return inBusinessOrder(inputs).reduce(reduceStatus, start);
}

/**
 * Incidents and probes are sequences: a step continues, closes or reopens what came before it. The
 * rest of the status (counts, first and last dates, the latest share price) folds in any order.
 */
const SEQUENCE_TYPES: ReadonlySet<string> = new Set([
  'BreachAnnounced',
  'SystemsTakenOffline',
  'ExternalAdvisersEngaged',
  'RegulatorNotified',
  'SystemsRestored',
  'RegulatoryProbeOpened',
  'RegulatoryProbeUpdated',
]);

export function isSequenceStep(input: StatusInput): boolean {
  return SEQUENCE_TYPES.has(input.type);
}

/**
 * The status with its incident and probes folded again from the company's steps of sequences in force
 * alone, in business order: the rest of the status does not depend on them, nor they on the rest.
 */
export function withSequencesRefolded(status: CompanyStatus, steps: readonly StatusInput[]): CompanyStatus {
  const empty = emptyCompanyStatus(status.companyId);
  const start = { incident: empty.incident, probes: empty.probes };
  const { incident, probes } = inBusinessOrder(steps).reduce(
    (sequences, input) => ({ incident: nextIncident(sequences.incident, input), probes: nextProbes(sequences.probes, input) }),
    start,
  );
  return { ...status, incident, probes };
}

/** True when a disclosure cannot simply be added: a step of a sequence that happened before the last disclosure. */
export function needsRefold(status: CompanyStatus, input: StatusInput): boolean {
  return SEQUENCE_TYPES.has(input.type) && status.lastDisclosureAt !== null && parsedInstantOf(input.at) < parsedInstantOf(status.lastDisclosureAt);
}

function inBusinessOrder(inputs: readonly StatusInput[]): StatusInput[] {
  return inputs
    .map((input) => ({ input, at: parsedInstantOf(input.at) }))
    .sort((a, b) => a.at - b.at || a.input.revision - b.input.revision)
    .map(({ input }) => input);
}

/** The latest move in business time wins; of two at the same instant, the one recorded last. */
export function laterPrice(current: SharePrice | null, input: StatusInput, at: number): SharePrice {
  if (current !== null && at < parsedInstantOf(current.at)) return current;
  const { price, currency, changePct, direction, venue } = input.facts;
  const move: SharePrice = { direction: direction === 'down' ? 'down' : 'up', at: input.at };
  if (typeof price === 'number') move.price = price;
  if (typeof currency === 'string') move.currency = currency;
  if (typeof changePct === 'number') move.changePct = changePct;
  if (typeof venue === 'string') move.venue = venue;
  return move;
}
