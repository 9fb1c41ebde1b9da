import { Filter, Position as ClientPosition, eventTypeFilter, streamNameFilter } from '@eventstore/db-client';
import { LogFilter } from '../port/event-store';
import { isSystemEvent } from './recorded-event-mapping';

/**
 * How often a filtered subscription reports where the server's search has got to, in windows of
 * the server's (32 events by default): a run of foreign events costs no wait and no silence.
 */
export const CHECKPOINT_INTERVAL = 1;

/** True when an event read from the log may surface: not the server's, and kept by the filter. */
export function isVisibleInLog(event: { streamId: string; type: string }, filter: LogFilter = {}): boolean {
  if (isSystemEvent(event)) return false;
  const { streamPrefixes, eventTypes } = filter;
  // An empty list constrains nothing, as in the embedded store.
  if (streamPrefixes?.length && !streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  if (eventTypes?.length && !eventTypes.includes(event.type)) return false;
  return true;
}

/** True when the filter asks for only some events, which the server can then leave out. */
export function isNarrowing(filter: LogFilter = {}): boolean {
  return Boolean(filter.streamPrefixes?.length || filter.eventTypes?.length);
}

/**
 * The part of a filter the server can apply (it filters on stream names or on event types, not both),
 * by prefixes only: prefix filters are the ones every server of the protocol implements, and an event
 * type is its own prefix. isVisibleInLog still checks every event received. Undefined when nothing narrows.
 */
export function toServerFilter(filter: LogFilter = {}, checkpointReached?: (position: ClientPosition) => void): Filter | undefined {
  const onCheckpoint = checkpointReached && ((_: unknown, position: ClientPosition) => checkpointReached(position));
  const options = { checkpointInterval: CHECKPOINT_INTERVAL, checkpointReached: onCheckpoint };
  if (filter.streamPrefixes?.length) return streamNameFilter({ prefixes: filter.streamPrefixes, ...options });
  if (filter.eventTypes?.length) return eventTypeFilter({ prefixes: filter.eventTypes, ...options });
  return undefined;
}
