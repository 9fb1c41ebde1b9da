import { WrongExpectedRevisionError } from '../port/errors';
import { ExpectedRevision } from '../port/expected-revision';
import { decideAppend } from './append-decision';
import { StreamState, missingStreamState } from './stream-state';

/** A stream holding events with ids e0, e1, ... at revisions 0, 1, ... */
function streamOf(count: number): StreamState {
  if (count === 0) return missingStreamState();
  return { lastRevision: count - 1, lastHash: 'h', eventIds: Array.from({ length: count }, (_, i) => `e${i}`) };
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

  it('answers the ids that follow an exact expected revision as a repeat, from the revision after it', () => {
    expect(decideAppend('s', streamOf(4), ['e0', 'e1'], 'no_stream')).toEqual({ kind: 'repeat', firstRevision: 0 });
    expect(decideAppend('s', streamOf(4), ['e1', 'e2'], 0)).toEqual({ kind: 'repeat', firstRevision: 1 });
  });

  it("answers the stream's last ids repeated with 'any' or 'stream_exists' as a repeat", () => {
    for (const expected of ['any', 'stream_exists'] as const) {
      expect(decideAppend('s', streamOf(4), ['e2', 'e3'], expected)).toEqual({ kind: 'repeat', firstRevision: 2 });
    }
  });

  it('writes ids that are in the stream but not its last events when nothing exact was expected, as the server does', () => {
    expect(decideAppend('s', streamOf(4), ['e1', 'e2'], 'any')).toEqual({ kind: 'write' });
  });

  it.each<[string, string[], number | 'no_stream']>([
    ['only the first ids follow it', ['e1', 'new'], 0],
    ['the ids follow another revision', ['e2', 'e3'], 0],
    ['the batch runs past the stream', ['e2', 'e3', 'new'], 1],
  ])('rejects as a revision conflict a batch after an exact revision when %s', (_case, ids, expected) => {
    const decision = decideAppend('s', streamOf(4), ids, expected);
    expect(decision.kind).toBe('reject');
    expect((decision as { error: Error }).error).toMatchObject({ streamId: 's', expected, actual: 3 });
    expect((decision as { error: Error }).error).toBeInstanceOf(WrongExpectedRevisionError);
  });

  it('refuses an empty batch and an id given twice in one batch', () => {
    for (const ids of [[], ['a', 'b', 'a']]) {
      const decision = decideAppend('s', streamOf(0), ids, 'any');
      expect(decision.kind).toBe('reject');
      expect((decision as { error: Error }).error).toBeInstanceOf(RangeError);
    }
  });
});
