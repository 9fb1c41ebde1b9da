import { isExpectedVersionConflictError } from '@event-driven-io/emmett';
import type { WriterSubjectKind } from '../lib/writer-subject';
import { emmettSqlite } from './emmett-sqlite';

/** The peer for concurrent writers: its conflict names the stream's current version, which counts events (none: no stream). */
export const emmettSqliteWriter: WriterSubjectKind = {
  ...emmettSqlite,
  streamLengthOnConflict(error) {
    if (!isExpectedVersionConflictError(error)) return null;
    return error.current === undefined ? 0 : Number(error.current);
  },
};
