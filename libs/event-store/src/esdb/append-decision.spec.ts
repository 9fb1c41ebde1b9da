import { EventIdConflictError, WrongExpectedRevisionError } from '../port/errors';
import { ExpectedRevision } from '../port/expected-revision';
import { decideAppend } from './append-decision';
import { StreamState, missingStreamState } from './stream-state';

/** A stream holding events with ids e0, e1, ... at revisions 0, 1, ... */
function streamOf(count: number): StreamState {
  if (count === 0) return missingStreamState();
  return {
    lastRevision: count - 1,
    lastHash: 'h',
    revisionsById: new Map(Array.from({ length: count }, (_, i) => [`e${i}`, i] as const)),
  };
}

describe('deciding an append', () => {
  it.each<[string, number, ExpectedRevision]>([
    ['any on a missing stream', 0, 'any'],
    ['no_stream on a missing stream', 0, 'no_stream'],
    ['stream_exists on an existing stream', 2, 'stream_exists'],
    ['the exact last revision', 3, 2],
  ])('writes new events when the expectation holds: %s', (_case, existing, expected) => {
    expect(decideAppend('s', streamOf(existing), ['new'], expected)).toEqual({ kind: 'write' });
  });

  it.each<[string, number, ExpectedRevision, number | 'no_stream']>([
    ['no_stream on an existing stream', 2, 'no_stream', 1],
    ['stream_exists on a missing stream', 0, 'stream_exists', 'no_stream'],
    ['an older revision', 3, 1, 2],
    ['a revision of a missing stream', 0, 0, 'no_stream'],
  ])('rejects new events when the expectation fails: %s', (_case, existing, expected, actual) => {
    const decision = decideAppend('s', streamOf(existing), ['new'], expected);
    expect(decision.kind).toBe('reject');
    const error = (decision as { error: Error }).error;
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: 's', expected, actual });
  });

  it('answers a batch whose ids are all in the stream as a repeat, whatever the expectation', () => {
    for (const expected of ['no_stream', 'any', 'stream_exists', 0] as const) {
      expect(decideAppend('s', streamOf(4), ['e1', 'e2'], expected)).toEqual({ kind: 'repeat', revisions: [1, 2] });
    }
  });

  it('rejects a batch of which only some ids are in the stream, naming the first known id', () => {
    const decision = decideAppend('s', streamOf(3), ['new', 'e2'], 'any');
    expect(decision.kind).toBe('reject');
    expect((decision as { error: Error }).error).toBeInstanceOf(EventIdConflictError);
    expect((decision as { error: Error }).error).toMatchObject({ eventId: 'e2', streamId: 's', existingStreamId: 's' });
  });

  it('refuses an empty batch and an id given twice in one batch', () => {
    for (const ids of [[], ['a', 'b', 'a']]) {
      const decision = decideAppend('s', streamOf(0), ids, 'any');
      expect(decision.kind).toBe('reject');
      expect((decision as { error: Error }).error).toBeInstanceOf(RangeError);
    }
  });
});
