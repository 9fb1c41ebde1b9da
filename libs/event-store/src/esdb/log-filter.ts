import { Filter, eventTypeFilter, streamNameFilter } from '@eventstore/db-client';
import { LogFilter } from '../port/event-store';
import { isSystemEvent } from './recorded-event-mapping';
import { EVENT_ID_CLAIM_STREAM_PREFIX } from './event-id-claims';

/** True when an event read from the log may surface: not the server's, not our bookkeeping, and kept by the filter. */
export function isVisibleInLog(event: { streamId: string; type: string }, filter: LogFilter = {}): boolean {
  if (isSystemEvent(event) || event.streamId.startsWith(EVENT_ID_CLAIM_STREAM_PREFIX)) return false;
  const { streamPrefixes, eventTypes } = filter;
  // An empty list constrains nothing, as in the embedded store.
  if (streamPrefixes?.length && !streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  if (eventTypes?.length && !eventTypes.includes(event.type)) return false;
  return true;
}

/**
 * The part of a filter the server can apply to a subscription (it filters on stream names or on event
 * types, not both); isVisibleInLog still checks every event received.
 */
export function toSubscriptionFilter(filter: LogFilter = {}): Filter {
  if (filter.streamPrefixes?.length) return streamNameFilter({ prefixes: filter.streamPrefixes });
  if (filter.eventTypes?.length) return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` });
  return streamNameFilter({ regex: `^(?!\\$|${escapeRegex(EVENT_ID_CLAIM_STREAM_PREFIX)})` });
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|#\s-]/g, (c) => `\\${c}`);
}
