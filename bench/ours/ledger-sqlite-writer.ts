// The SQLite entry point: the package index also loads the EventStoreDB client.
import { WrongExpectedRevisionError } from '@ledger/event-store/sqlite';
import type { WriterSubjectKind } from '../lib/writer-subject';
import { ledgerSqlite } from './ledger-sqlite';

/** Our embedded store for concurrent writers: a conflict is the port's WrongExpectedRevisionError, which names the stream's last revision. */
export const ledgerSqliteWriter: WriterSubjectKind = {
  ...ledgerSqlite,
  streamLengthOnConflict(error) {
    if (!(error instanceof WrongExpectedRevisionError)) return null;
    return error.actual === 'no_stream' ? 0 : error.actual + 1;
  },
};
