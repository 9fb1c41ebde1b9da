import { EventIdConflictError } from '../port/errors';
import { AppendResult } from '../port/event-store';
import { PreparedEvent } from './prepared-event';
import { RecordedEventIds } from './recorded-event-ids';
import { RecordedIdRow, Statements } from './statements';

/**
 * When an append names event ids the log already holds: the original append's result if every event
 * is already in this stream with the same type and data, null if none of the ids is known, and an
 * EventIdConflictError otherwise (other content, another stream, or only part of the batch known).
 */
export function findOriginalAppend(
  statements: Statements,
  ids: RecordedEventIds,
  streamId: string,
  events: PreparedEvent[],
): AppendResult | null {
  const recorded = events.map((event): RecordedIdRow | undefined => {
    const position = ids.positionOf(event.id);
    return position === undefined ? undefined : statements.eventAt.get(position);
  });
  const firstKnown = recorded.findIndex((row) => row !== undefined);
  if (firstKnown === -1) return null;

  let last = recorded[firstKnown]!;
  events.forEach((event, i) => {
    const row = recorded[i];
    if (row === undefined) throw new EventIdConflictError(events[firstKnown].id, streamId, recorded[firstKnown]!.stream_id);
    if (row.stream_id !== streamId || row.type !== event.type || row.data !== event.canonicalData) {
      throw new EventIdConflictError(event.id, streamId, row.stream_id);
    }
    if (row.position > last.position) last = row;
  });
  return { nextRevision: last.revision, position: String(last.position), alreadyRecorded: true };
}
