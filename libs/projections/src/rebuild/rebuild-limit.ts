import { isLedgerDate } from '@ledger/disclosures';
import { Position, RecordedEvent, comparePositions, isPosition } from '@ledger/event-store';

/** How far a point-in-time build goes: up to a log position, or what was recorded up to an instant. */
export type RebuildLimit = { position: Position } | { recordedAt: string };

/**
 * `--until`: a log position ("1234"), or an ISO 8601 instant with its zone ("2024-05-01T00:00:00Z"), or
 * a date, meaning up to its end (UTC). Impossible dates (2024-02-30) are refused, not rolled over.
 */
export function parseRebuildLimit(text: string): RebuildLimit | undefined {
  if (isPosition(text)) return { position: text };
  if (!isLedgerDate(text)) return undefined;
  const ms = Date.parse(text.length === 10 ? `${text}T23:59:59.999Z` : text);
  return Number.isNaN(ms) ? undefined : { recordedAt: new Date(ms).toISOString() };
}

/** Whether the build stops before this event: it lies after the limit's position. */
export function endsBefore(limit: RebuildLimit | undefined, event: RecordedEvent): boolean {
  return limit !== undefined && 'position' in limit && comparePositions(event.position, limit.position) > 0;
}

/**
 * Whether the build leaves this event out: it was recorded after the limit's instant. Not a stop:
 * recordedAt may be given by the writer, so the log is not always in recordedAt order.
 */
export function leavesOut(limit: RebuildLimit | undefined, event: RecordedEvent): boolean {
  return limit !== undefined && 'recordedAt' in limit && Date.parse(event.metadata.recordedAt) > Date.parse(limit.recordedAt);
}

export function describeLimit(limit: RebuildLimit | undefined): string | null {
  if (limit === undefined) return null;
  return 'position' in limit ? `position ${limit.position}` : `recorded at ${limit.recordedAt}`;
}
