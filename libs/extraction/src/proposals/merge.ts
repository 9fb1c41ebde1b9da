import { RecordableType } from '@ledger/disclosures';
import { Candidate } from '../detectors/candidate';
import { TYPES_MERGED_PER_DAY } from '../rules/disclosure-rules';
import { Span } from '../text/span';
import { TYPE_MERGING } from './type-merging';

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
    .flatMap((group) => TYPE_MERGING[group[0].type]?.split?.(group) ?? [group])
    .map(mergeGroup)
    .filter((merged): merged is MergedCandidate => merged !== null)
    .sort((a, b) => a.evidence[0].start - b.evidence[0].start);
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

/** Facts first come, first kept (see TypeMerging for the types that differ), evidence and confidence of all. */
function mergeGroup(group: Candidate[]): MergedCandidate | null {
  const ordered = [...group].sort((a, b) => a.evidence.start - b.evidence.start);
  const type = ordered[0].type;
  const merging = TYPE_MERGING[type] ?? {};
  const facts: Record<string, unknown> = {};
  const computed: string[] = [];
  for (const candidate of merging.factOrder ? [...ordered].sort(merging.factOrder) : ordered) {
    for (const [name, value] of Object.entries(candidate.facts)) {
      if (facts[name] !== undefined) continue;
      facts[name] = value;
      if (candidate.computed?.includes(name)) computed.push(name);
    }
  }
  merging.settle?.(ordered, facts, computed);
  if (merging.complete && !merging.complete(facts)) return null;
  const dates = ordered.map((candidate) => candidate.occurredOn).filter((date): date is string => date !== null);
  const occurredOn = (merging.day ? merging.day(dates) : dates[0]) ?? null;
  const evidence = uniqueSpans(ordered.map((candidate) => candidate.evidence));
  const confidence = Math.min(0.97, Math.max(...ordered.map((candidate) => candidate.confidence)) + 0.03 * (evidence.length - 1));
  return { type, facts, evidence, occurredOn, confidence: Math.round(confidence * 100) / 100, key: ordered[0].key, computed };
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const id = `${span.start}:${span.end}`;
    return !seen.has(id) && Boolean(seen.add(id));
  });
}
