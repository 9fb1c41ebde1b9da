import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { ExpectedRevision } from '../port/expected-revision';
import { meetsExpectedRevision } from '../sqlite/expected-revision-check';
import { StreamState } from './stream-state';

export type AppendDecision =
  /** Nothing of the batch is in the stream and the expectation holds. */
  | { kind: 'write' }
  /** Every id is already in the stream, at these revisions: a repeated append, answered from the stored events. */
  | { kind: 'repeat'; revisions: number[] }
  | { kind: 'reject'; error: WrongExpectedRevisionError | EventIdConflictError | RangeError };

/** What to do with an append, given the stream's state. Idempotency is judged before the expectation. */
export function decideAppend(
  streamId: string,
  state: StreamState,
  eventIds: string[],
  expected: ExpectedRevision,
): AppendDecision {
  if (eventIds.length === 0) return reject(new RangeError('an append needs at least one event'));
  const repeatedInBatch = eventIds.find((id, i) => eventIds.indexOf(id) !== i);
  if (repeatedInBatch !== undefined) return reject(new RangeError(`event id ${repeatedInBatch} appears twice in one append`));

  const revisions = eventIds.map((id) => state.revisionsById.get(id));
  if (revisions.every((revision) => revision !== undefined)) return { kind: 'repeat', revisions: revisions as number[] };
  const known = eventIds.find((_, i) => revisions[i] !== undefined);
  if (known !== undefined) return reject(new EventIdConflictError(known, streamId, streamId));

  const actual = state.lastRevision ?? 'no_stream';
  if (!meetsExpectedRevision(expected, actual)) return reject(new WrongExpectedRevisionError(streamId, expected, actual));
  return { kind: 'write' };
}

function reject(error: WrongExpectedRevisionError | EventIdConflictError | RangeError): AppendDecision {
  return { kind: 'reject', error };
}
