import { ANY, AppendExpectedRevision, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';

export type CommitCheck =
  | { decision: 'write' }
  /** The events are already in the stream: the server answers success and writes nothing. */
  | { decision: 'idempotent'; lastRevision: number }
  | { decision: 'wrong-expected-version' };

/**
 * The server's check of an append (IndexWriter.CheckCommit): an expected revision that is behind the
 * stream is accepted, without writing, when the events that follow it carry the same ids in the same
 * order; with any or stream_exists, when the ids are already in the stream. Content is not compared.
 */
export function checkCommit(streamIds: string[], expected: AppendExpectedRevision, eventIds: string[]): CommitCheck {
  const current = streamIds.length - 1;
  if (expected === STREAM_EXISTS && current < 0) return { decision: 'wrong-expected-version' };

  if (expected === ANY || expected === STREAM_EXISTS) {
    // The server looks ids up in a cache of recent events; here every event of the stream is recent.
    const revisions = eventIds.map((id) => streamIds.indexOf(id));
    if (revisions[0] < 0) return { decision: 'write' };
    if (revisions.some((revision) => revision < 0)) return { decision: 'wrong-expected-version' };
    return { decision: 'idempotent', lastRevision: revisions[revisions.length - 1] };
  }

  const expectedRevision = expected === NO_STREAM ? -1 : Number(expected);
  if (expectedRevision > current) return { decision: 'wrong-expected-version' };
  if (expectedRevision === current) return { decision: 'write' };
  const repeated = eventIds.every((id, i) => streamIds[expectedRevision + 1 + i] === id);
  return repeated ? { decision: 'idempotent', lastRevision: expectedRevision + eventIds.length } : { decision: 'wrong-expected-version' };
}
