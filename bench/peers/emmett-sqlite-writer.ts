import { isExpectedVersionConflictError } from '@event-driven-io/emmett';
import type { WriterSubjectKind } from '../lib/writer-subject';
import { emmettSqlite } from './emmett-sqlite';

/** The peer for concurrent writers: its conflict names the stream's current version, which counts events (none: no stream). */
export const emmettSqliteWriter: WriterSubjectKind = {
  ...emmettSqlite,
  streamLengthOnConflict(error) {
    if (!isExpectedVersionConflictError(error)) return null;
    const length = error.current === undefined ? 0 : Number(error.current);
    // Under concurrent appends it also reports a current version of -1, which no stream has: a failure, not a conflict.
    return Number.isInteger(length) && length >= 0 ? length : null;
  },
};
