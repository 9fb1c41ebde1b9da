import { CompanyStatus, SharePrice } from './company-status';
import { parsedInstantOf } from './parsed-instants';
import { isSequenceStep, laterPrice, withSequencesRefolded } from './reduce-status';
import { StatusInput } from './status-input';

/**
 * The status after a disclosure is corrected (`after`) or retracted (`after` null), when that is known
 * without folding all the others again: the first and last dates and the latest share price follow
 * from the disclosure alone when it lies strictly between the edges, or is moved beyond them; for a
 * step of a sequence, the sequences fold again from the company's steps in force (`steps`) alone.
 * Null when the others must be folded again (a tie, an edge that moves inwards or goes, or a latest
 * share price the others decide): this keeps a correction's cost apart from the company's history.
 */
export function amendedInPlace(status: CompanyStatus, before: StatusInput, after: StatusInput | null, steps: () => StatusInput[]): CompanyStatus | null {
  const edges = nextEdges(status, before, after);
  if (edges === null) return null;
  const counts = after === null ? withOneLess(status.counts, before.type) : status.counts;
  if (isSequenceStep(before)) return withSequencesRefolded({ ...status, ...edges, counts }, steps());
  const sharePrice = before.type === 'SharePriceMoved' ? nextSharePrice(status.sharePrice, before, after) : status.sharePrice;
  if (sharePrice === undefined) return null;
  return { ...status, ...edges, sharePrice, counts };
}

function nextEdges(status: CompanyStatus, before: StatusInput, after: StatusInput | null) {
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
