import type { DisclosureEventData, DisclosureEventDataOf, DisclosureSource, Evidence, RecordableType } from '@ledger/disclosures';
import { applyFactsPatch } from '@ledger/disclosures';
import type { RecordedEvent } from '@ledger/event-store';
import { StatusInput } from '../status/status-input';
import { effectiveOccurredAt } from '../time/instant';

export interface RetractionRecord {
  /** The correction's or retraction's own id. */
  disclosureId: string;
  revision: number;
  recordedAt: string;
  reason: string;
}

export interface CorrectionRecord extends RetractionRecord {
  /** The patch it applied (a null member removed that field). */
  facts?: Record<string, unknown>;
  occurredAt?: string;
}

/** One disclosure of a company's timeline: its current values, and every correction kept. */
export interface TimelineEntry {
  disclosureId: string;
  companyId: string;
  type: RecordableType;
  revision: number;
  position: string;
  occurredAt?: string;
  disclosedAt?: string;
  recordedAt: string;
  source: DisclosureSource;
  /** Current facts: every correction applied. */
  facts: Record<string, unknown>;
  evidence?: Evidence[];
  corrections: CorrectionRecord[];
  retracted: boolean;
  retraction?: RetractionRecord;
  /** What was first recorded, when a correction changed it. */
  original?: { facts: Record<string, unknown>; occurredAt?: string };
}

/** The data of a recorded disclosure, whatever its type. */
export type DisclosureData = DisclosureEventData<Record<string, unknown>>;

export function newEntry(event: RecordedEvent): TimelineEntry {
  const data = event.data as unknown as DisclosureData;
  const entry: TimelineEntry = {
    disclosureId: data.disclosureId,
    companyId: data.companyId,
    type: event.type as RecordableType,
    revision: event.revision,
    position: event.position,
    recordedAt: event.metadata.recordedAt,
    source: data.source,
    facts: data.facts,
    corrections: [],
    retracted: false,
  };
  if (data.occurredAt !== undefined) entry.occurredAt = data.occurredAt;
  if (data.disclosedAt !== undefined) entry.disclosedAt = data.disclosedAt;
  if (data.evidence !== undefined) entry.evidence = data.evidence;
  return entry;
}

/**
 * newEntry(event) as JSON text, made from the data's JSON text when the store gives it (a disclosure's
 * data holds exactly the entry's other members), so that the data is not serialised again.
 */
export function newEntryJson(event: RecordedEvent): string {
  const data = event.dataJson;
  if (data === undefined || !data.startsWith('{"')) return JSON.stringify(newEntry(event));
  const { type, revision, position, metadata } = event;
  return `{"type":${quoted(type)},"revision":${revision},"position":${quoted(position)},"recordedAt":${quoted(metadata.recordedAt)},"corrections":[],"retracted":false,${data.slice(1)}`;
}

/** Nothing in these needs escaping; JSON.stringify costs more than the test. */
const PLAIN = /^[\w.:+-]*$/;

/** A JSON string: event types, positions and instants are plain text, quoted as they are. */
function quoted(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

type CorrectionData = DisclosureEventDataOf<'DisclosureCorrected'>;

/** The target of a DisclosureCorrected or DisclosureRetracted event. */
export function amendedId(event: RecordedEvent): string {
  return (event.data as unknown as DisclosureEventDataOf<'DisclosureRetracted'>).facts.disclosureId;
}

/** What a DisclosureCorrected event changes: a patch of the facts, a new occurredAt, or both. */
export function correctionOf(event: RecordedEvent): CorrectionData['facts'] {
  return (event.data as unknown as CorrectionData).facts;
}

/** The entry after a DisclosureCorrected or DisclosureRetracted event aimed at it. */
export function amended(entry: TimelineEntry, event: RecordedEvent): TimelineEntry {
  return event.type === 'DisclosureCorrected' ? corrected(entry, event) : retracted(entry, event);
}

function corrected(entry: TimelineEntry, event: RecordedEvent): TimelineEntry {
  const data = event.data as unknown as CorrectionData;
  const { facts: patch, occurredAt, reason } = data.facts;
  const record: CorrectionRecord = { disclosureId: data.disclosureId, revision: event.revision, recordedAt: event.metadata.recordedAt, reason };
  if (patch !== undefined) record.facts = patch;
  if (occurredAt !== undefined) record.occurredAt = occurredAt;
  const next: TimelineEntry = {
    ...entry,
    facts: patch ? applyFactsPatch(entry.facts, patch) : entry.facts,
    corrections: [...entry.corrections, record],
    original: entry.original ?? { facts: entry.facts, ...(entry.occurredAt !== undefined ? { occurredAt: entry.occurredAt } : {}) },
  };
  if (occurredAt !== undefined) next.occurredAt = occurredAt;
  return next;
}

function retracted(entry: TimelineEntry, event: RecordedEvent): TimelineEntry {
  const data = event.data as unknown as DisclosureEventDataOf<'DisclosureRetracted'>;
  return {
    ...entry,
    retracted: true,
    retraction: { disclosureId: data.disclosureId, revision: event.revision, recordedAt: event.metadata.recordedAt, reason: data.facts.reason },
  };
}

/** When the disclosure happened, as best known now. */
export function entryOccurredAt(entry: TimelineEntry): string {
  return effectiveOccurredAt(entry.occurredAt, entry.disclosedAt, entry.recordedAt);
}

export function statusInputOf(entry: TimelineEntry): StatusInput {
  return { type: entry.type, disclosureId: entry.disclosureId, revision: entry.revision, at: entryOccurredAt(entry), facts: entry.facts };
}

/** The same as statusInputOf(newEntry(event)), without building the entry. */
export function statusInputOfEvent(event: RecordedEvent): StatusInput {
  const data = event.data as unknown as DisclosureData;
  const at = effectiveOccurredAt(data.occurredAt, data.disclosedAt, event.metadata.recordedAt);
  return { type: event.type as RecordableType, disclosureId: data.disclosureId, revision: event.revision, at, facts: data.facts };
}
