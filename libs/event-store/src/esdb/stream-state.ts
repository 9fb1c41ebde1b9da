import { StreamNotFoundError } from '@eventstore/db-client';
import { GENESIS_HASH } from '../chain/event-hash';
import { BoundedCalls } from './bounded-calls';
import { fromClientRevision } from './revision-mapping';

/** What an append needs to know of a stream: where it ends, the hash to chain to, and the ids it holds. */
export interface StreamState {
  /** Revision of the last event, or null when the stream does not exist. */
  lastRevision: number | null;
  /** Hash of the last event (the genesis hash for a missing stream). */
  lastHash: string;
  /** The id of every event in the stream, at its revision. */
  eventIds: string[];
}

export function missingStreamState(): StreamState {
  return { lastRevision: null, lastHash: GENESIS_HASH, eventIds: [] };
}

/** Reads the whole stream (company streams are short) for its state, from the leader: a follower may lag. */
export async function readStreamState(calls: BoundedCalls, streamId: string): Promise<StreamState> {
  const state = missingStreamState();
  try {
    for await (const { event } of calls.read('read stream state', (client) => client.readStream(streamId, { requiresLeader: true }))) {
      if (!event) continue;
      const revision = fromClientRevision(event.revision);
      state.eventIds[revision] = event.id;
      state.lastRevision = revision;
      const hash = (event.metadata as { hash?: unknown } | undefined)?.hash;
      state.lastHash = typeof hash === 'string' ? hash : '';
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return missingStreamState();
    throw error;
  }
  return state;
}
