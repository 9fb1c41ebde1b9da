import { NO_STREAM } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { writtenOrRefused } from './append-outcome';
import { BoundedCalls } from './bounded-calls';

/**
 * EventStoreDB keeps event ids unique only within a stream. To refuse an id already used in another
 * stream, each id is first claimed for its stream in a stream of its own, created with no_stream: the
 * first claim wins. Claim streams are bookkeeping and never surface through the port.
 */
export const EVENT_ID_CLAIM_STREAM_PREFIX = 'ledger-event-id-';

const CLAIM_EVENT_TYPE = 'EventIdClaimed';
const CLAIMS_AT_ONCE = 16;

export function claimStreamOf(eventId: string): string {
  return `${EVENT_ID_CLAIM_STREAM_PREFIX}${eventId}`;
}

/**
 * Claims every id for `streamId`; an id already claimed for the same stream is fine (a retry).
 * Throws EventIdConflictError for the first id claimed for another stream. True when some id was
 * claimed before: an earlier append of these events may have reached the stream.
 */
export async function claimEventIds(calls: BoundedCalls, streamId: string, eventIds: string[]): Promise<boolean> {
  let claimedBefore = false;
  for (let start = 0; start < eventIds.length; start += CLAIMS_AT_ONCE) {
    const outcomes = await Promise.allSettled(
      eventIds.slice(start, start + CLAIMS_AT_ONCE).map((eventId) => claimEventId(calls, streamId, eventId)),
    );
    const conflict = outcomes.find((o) => o.status === 'rejected' && o.reason instanceof EventIdConflictError);
    const failure = conflict ?? outcomes.find((o) => o.status === 'rejected');
    if (failure?.status === 'rejected') throw failure.reason;
    claimedBefore ||= outcomes.some((o) => o.status === 'fulfilled' && o.value === 'claimed before');
  }
  return claimedBefore;
}

async function claimEventId(calls: BoundedCalls, streamId: string, eventId: string): Promise<'claimed' | 'claimed before'> {
  const claimStream = claimStreamOf(eventId);
  try {
    const result = await calls.request('claim event id', (client) =>
      client.appendToStream(
        claimStream,
        { id: randomUUID(), contentType: 'application/json', type: CLAIM_EVENT_TYPE, data: { streamId }, metadata: undefined },
        { expectedRevision: NO_STREAM, deadline: calls.deadlineMs },
      ),
    );
    writtenOrRefused(result, claimStream, NO_STREAM);
    return 'claimed';
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    const owner = await claimOwnerOf(calls, eventId);
    if (owner !== streamId) throw new EventIdConflictError(eventId, streamId, owner ?? 'an unreadable claim');
    return 'claimed before';
  }
}

async function claimOwnerOf(calls: BoundedCalls, eventId: string): Promise<string | undefined> {
  const claims = calls.read('read event id claim', (client) => client.readStream(claimStreamOf(eventId), { maxCount: 1, requiresLeader: true }));
  for await (const { event } of claims) {
    const owner = (event?.data as { streamId?: unknown } | undefined)?.streamId;
    return typeof owner === 'string' ? owner : undefined;
  }
  return undefined;
}
