import type { AppendSubjectKind } from './append-subject';

/**
 * A store under the writers benchmark: the append benchmark's subject, plus how to read a conflict.
 * Concurrent writers append at the exact length they believe a stream has; when the store holds
 * another, it refuses, and the writer retries at the length the refusal reports, as the write side does.
 */
export interface WriterSubjectKind extends AppendSubjectKind {
  /** The stream's actual length when `error` is the store's wrong-expected-revision refusal; null for any other error. */
  streamLengthOnConflict: (error: unknown) => number | null;
}
