/**
 * What the caller expects of a stream when appending, with EventStoreDB's semantics:
 * - 'any': no check;
 * - 'no_stream': the stream must not exist yet;
 * - 'stream_exists': the stream must have at least one event;
 * - n: the stream's last event must be at revision n (revisions start at 0).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** A stream's actual state when a conflict is reported: its last revision, or 'no_stream'. */
export type ActualRevision = number | 'no_stream';

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}
