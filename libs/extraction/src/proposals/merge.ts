import { ProbeStage, RecordableType } from '@ledger/disclosures';
import { Candidate } from '../detectors/candidate';
import { laterStage } from '../detectors/regulatory-probe';
import { TYPES_MERGED_PER_DAY } from '../rules/disclosure-rules';
import { Span } from '../text/span';

/** Candidates read as one disclosure. */
export interface MergedCandidate {
  type: RecordableType;
  facts: Record<string, unknown>;
  evidence: Span[];
  occurredOn: string | null;
  confidence: number;
  /** What tells it from other disclosures of its type in the article (a regulator, a day), or ''. */
  key: string;
  computed: string[];
}

/** Merges the candidates of each type that have the same key; undated ones join the publication day's group. */
export function mergeCandidates(candidates: Candidate[], publishedOn: string | null): MergedCandidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const id = `${candidate.type}\u0000${candidate.key}`;
    groups.set(id, [...(groups.get(id) ?? []), candidate]);
  }
  for (const type of TYPES_MERGED_PER_DAY) foldUndated(groups, type, publishedOn);
  return [...groups.values()]
    .flatMap((group) => (group[0].type === 'SharePriceMoved' ? splitByQuote(group) : [group]))
    .map(mergeGroup)
    .filter((merged): merged is MergedCandidate => merged !== null)
    .sort((a, b) => a.evidence[0].start - b.evidence[0].start);
}

/**
 * Two full quotes (a move and a price) that differ are two moves, days apart in a story that follows the shares
 * ("fell 9% to 341p …, then a further 4% to 327p"); a move without its price joins the first.
 */
function splitByQuote(group: Candidate[]): Candidate[][] {
  const quoteOf = (candidate: Candidate) =>
    typeof candidate.facts.changePct === 'number' && !candidate.computed?.includes('changePct') && typeof candidate.facts.price === 'number'
      ? `${candidate.facts.changePct}@${candidate.facts.price}`
      : '';
  const quotes = [...new Set(group.map(quoteOf).filter(Boolean))];
  if (quotes.length < 2) return [group];
  return quotes.map((quote, n) => group.filter((candidate) => quoteOf(candidate) === quote || (n === 0 && !quoteOf(candidate))));
}

function foldUndated(groups: Map<string, Candidate[]>, type: RecordableType, publishedOn: string | null): void {
  const undatedId = `${type}\u0000`;
  const undated = groups.get(undatedId);
  if (!undated) return;
  const datedIds = [...groups.keys()].filter((id) => id.startsWith(undatedId) && id !== undatedId);
  const publicationId = publishedOn ? `${undatedId}${publishedOn}` : undefined;
  const hostId = publicationId && groups.has(publicationId) ? publicationId : [...datedIds].sort()[0];
  if (!hostId) return;
  groups.set(hostId, [...(groups.get(hostId) ?? []), ...undated]);
  groups.delete(undatedId);
}

function mergeGroup(group: Candidate[]): MergedCandidate | null {
  const ordered = [...group].sort((a, b) => a.evidence.start - b.evidence.start);
  const type = ordered[0].type;
  const facts: Record<string, unknown> = {};
  const computed: string[] = [];
  for (const candidate of type === 'SharePriceMoved' ? [...ordered].sort(byFigures) : ordered) {
    for (const [name, value] of Object.entries(candidate.facts)) {
      if (facts[name] !== undefined) continue;
      facts[name] = value;
      if (candidate.computed?.includes(name)) computed.push(name);
    }
  }
  mergeSpecialFacts(type, ordered, facts);
  if (type === 'SharePriceMoved') preferReadPercentage(ordered, facts, computed);
  if (type === 'SharePriceMoved' && !facts.direction) return null;
  const dates = ordered.map((candidate) => candidate.occurredOn).filter((date): date is string => date !== null);
  const occurredOn = (type === 'BreachAnnounced' ? [...dates].sort()[0] : dates[0]) ?? null;
  const evidence = uniqueSpans(ordered.map((candidate) => candidate.evidence));
  const confidence = Math.min(0.97, Math.max(...ordered.map((candidate) => candidate.confidence)) + 0.03 * (evidence.length - 1));
  return { type, facts, evidence, occurredOn, confidence: Math.round(confidence * 100) / 100, key: ordered[0].key, computed };
}

/** A share move quoted with both its size and its price says more than one without. */
function byFigures(a: Candidate, b: Candidate): number {
  const figures = (candidate: Candidate) => Number(candidate.facts.changePct !== undefined) + Number(candidate.facts.price !== undefined);
  return figures(b) - figures(a);
}

/** Facts that several sentences settle together rather than first come, first kept. */
function mergeSpecialFacts(type: RecordableType, group: Candidate[], facts: Record<string, unknown>): void {
  if (type === 'RegulatoryProbeOpened') {
    facts.stage = group.map((candidate) => candidate.facts.stage as ProbeStage).reduce(laterStage);
  }
  if (type === 'SystemsRestored') facts.partial = group.some((candidate) => candidate.facts.partial === true);
  if (type === 'BreachAnnounced' && group.some((candidate) => candidate.facts.externalAccess === true)) facts.externalAccess = true;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const id = `${span.start}:${span.end}`;
    return !seen.has(id) && Boolean(seen.add(id));
  });
}

/**
 * A percentage the text gives beats one calculated from pence or euros when the two agree but for rounding
 * ("fell nearly 3%… closed 47.8p lower at 1,599.69p"); one far off is another move's (an index's, a rival's).
 */
function preferReadPercentage(ordered: Candidate[], facts: Record<string, unknown>, computed: string[]): void {
  if (!computed.includes('changePct')) return;
  const calculated = Number(facts.changePct);
  const read = ordered.find(
    (candidate) =>
      typeof candidate.facts.changePct === 'number' &&
      !candidate.computed?.includes('changePct') &&
      Math.abs(candidate.facts.changePct - calculated) <= 0.15 * calculated,
  );
  if (!read) return;
  facts.changePct = read.facts.changePct;
  computed.splice(computed.indexOf('changePct'), 1);
}
