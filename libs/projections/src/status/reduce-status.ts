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

/**
 * The status after a step of a sequence is corrected (`after`) or retracted (`after` null), given the
 * company's steps in force once it is: the sequences fold again from the steps alone, the edges and
 * counts follow from the step. Null when an edge moves inwards or goes (everything folds again).
 */
export function stepAmended(status: CompanyStatus, before: StatusInput, after: StatusInput | null, steps: readonly StatusInput[]): CompanyStatus | null {
  const edges = nextEdges(status, before, after);
  if (edges === null) return null;
  const counts = after === null ? withOneLess(status.counts, before.type) : status.counts;
  return withSequencesRefolded({ ...status, ...edges, counts }, steps);
}

/** True when a disclosure cannot simply be added: a step of a sequence that happened before the last disclosure. */
export function needsRefold(status: CompanyStatus, input: StatusInput): boolean {
  return SEQUENCE_TYPES.has(input.type) && status.lastDisclosureAt !== null && parsedInstantOf(input.at) < parsedInstantOf(status.lastDisclosureAt);
}

/**
 * The status after a disclosure that folds in any order is corrected (`after`) or retracted (`after`
 * null), when that is known without folding the others again: the first and last dates and the latest
 * share price follow from the disclosure alone when it lies strictly between the edges, or is moved
 * beyond them. Null when the others must be folded again (a step of a sequence, a tie, or an edge that
 * moves inwards or goes). This keeps a correction's cost apart from the length of the company's history.
 */
export function amendedInPlace(status: CompanyStatus, before: StatusInput, after: StatusInput | null): CompanyStatus | null {
  if (SEQUENCE_TYPES.has(before.type)) return null;
  const edges = nextEdges(status, before, after);
  if (edges === null) return null;
  const sharePrice = before.type === 'SharePriceMoved' ? nextSharePrice(status.sharePrice, before, after) : status.sharePrice;
  if (sharePrice === undefined) return null;
  const counts = after === null ? withOneLess(status.counts, before.type) : status.counts;
  return { ...status, ...edges, sharePrice, counts };
}

function nextEdges(
  status: CompanyStatus,
  before: StatusInput,
  after: StatusInput | null,
): Pick<CompanyStatus, 'firstDisclosureAt' | 'lastDisclosureAt'> | null {
  const { firstDisclosureAt: first, lastDisclosureAt: last } = status;
  if (first === null || last === null) return null;
  const [low, high, was] = [parsedInstantOf(first), parsedInstantOf(last), parsedInstantOf(before.at)];
  const wasInside = low < was && was < high;
  if (after === null) return wasInside ? { firstDisclosureAt: first, lastDisclosureAt: last } : null;
  const is = parsedInstantOf(after.at);
  if (is > high && (wasInside || was === high) && was > low) return { firstDisclosureAt: first, lastDisclosureAt: after.at };
  if (is < low && (wasInside || was === low) && was < high) return { firstDisclosureAt: after.at, lastDisclosureAt: last };
  return wasInside && low < is && is < high ? { firstDisclosureAt: first, lastDisclosureAt: last } : null;
}

/** The latest share price after a move is corrected or retracted; undefined when the others decide it. */
function nextSharePrice(current: SharePrice | null, before: StatusInput, after: StatusInput | null): SharePrice | null | undefined {
  if (current === null) return undefined;
  const latest = parsedInstantOf(current.at);
  if (after !== null && parsedInstantOf(after.at) > latest) return laterPrice(null, after, parsedInstantOf(after.at));
  const stillEarlier = parsedInstantOf(before.at) < latest && (after === null || parsedInstantOf(after.at) < latest);
  return stillEarlier ? current : undefined;
}

function withOneLess(counts: Record<string, number>, type: string): Record<string, number> {
  const next = { ...counts };
  if (next[type] > 1) next[type] -= 1;
  else delete next[type];
  return next;
}

function inBusinessOrder(inputs: readonly StatusInput[]): StatusInput[] {
  return inputs
    .map((input) => ({ input, at: parsedInstantOf(input.at) }))
    .sort((a, b) => a.at - b.at || a.input.revision - b.input.revision)
    .map(({ input }) => input);
}

/** The latest move in business time wins; of two at the same instant, the one recorded last. */
function laterPrice(current: SharePrice | null, input: StatusInput, at: number): SharePrice {
  if (current !== null && at < parsedInstantOf(current.at)) return current;
  const { price, currency, changePct, direction, venue } = input.facts;
  const move: SharePrice = { direction: direction === 'down' ? 'down' : 'up', at: input.at };
  if (typeof price === 'number') move.price = price;
  if (typeof currency === 'string') move.currency = currency;
  if (typeof changePct === 'number') move.changePct = changePct;
  if (typeof venue === 'string') move.venue = venue;
  return move;
}
