import { WrongExpectedRevisionError } from '../port/errors';
import { ExpectedRevision } from '../port/expected-revision';
import { StreamState } from './stream-state';

export type AppendDecision =
  /** The expectation holds: write the events after the stream's last one. */
  | { kind: 'write' }
  /** The batch's ids already follow the expected revision, from this revision on: answered from the stored events. */
  | { kind: 'repeat'; firstRevision: number }
  | { kind: 'reject'; error: WrongExpectedRevisionError | RangeError };

/**
 * What to do with an append, given the stream's state, by the server's own rule of idempotency:
 * the same ids right after an exact expected revision are a repeat (only the first of them is a
 * revision conflict); with 'any' or 'stream_exists', the stream's last events carrying the same ids.
 * Whether the repeat's content matches is judged on the stored events.
 */
export function decideAppend(streamId: string, state: StreamState, eventIds: string[], expected: ExpectedRevision): AppendDecision {
  if (eventIds.length === 0) return reject(new RangeError('an append needs at least one event'));
  const repeatedInBatch = eventIds.find((id, i) => eventIds.indexOf(id) !== i);
  if (repeatedInBatch !== undefined) return reject(new RangeError(`event id ${repeatedInBatch} appears twice in one append`));

  const last = state.eventIds.length - 1;
  const actual = last < 0 ? 'no_stream' : last;
  if (expected === 'any' || expected === 'stream_exists') {
    if (expected === 'stream_exists' && last < 0) return reject(new WrongExpectedRevisionError(streamId, expected, actual));
    const after = last - eventIds.length;
    return after >= -1 && follow(state.eventIds, after, eventIds) ? { kind: 'repeat', firstRevision: after + 1 } : { kind: 'write' };
  }
  const after = expected === 'no_stream' ? -1 : expected;
  if (after === last) return { kind: 'write' };
  if (after < last && follow(state.eventIds, after, eventIds)) return { kind: 'repeat', firstRevision: after + 1 };
  return reject(new WrongExpectedRevisionError(streamId, expected, actual));
}

/** True when the stream holds exactly these ids, in this order, right after revision `after`. */
function follow(streamIds: string[], after: number, eventIds: string[]): boolean {
  return eventIds.every((id, i) => streamIds[after + 1 + i] === id);
}

function reject(error: WrongExpectedRevisionError | RangeError): AppendDecision {
  return { kind: 'reject', error };
}
