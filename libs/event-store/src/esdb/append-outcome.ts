import { AppendExpectedRevision, AppendResult as ClientAppendResult } from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../port/errors';
import { fromClientCurrentRevision, fromClientExpectedRevision } from './revision-mapping';

/**
 * The client's append result when the append was written. With throwOnAppendFailure=false in the
 * connection string, the client resolves a refused append with success: false instead of throwing;
 * its nextExpectedRevision is then only a hint (client 6.2.1 reports 1 for any existing stream on batch appends).
 */
export function writtenOrRefused(result: ClientAppendResult, streamName: string, expected: AppendExpectedRevision): ClientAppendResult {
  if (result.success) return result;
  const actual = fromClientCurrentRevision(result.nextExpectedRevision);
  throw new WrongExpectedRevisionError(streamName, fromClientExpectedRevision(expected), actual);
}
