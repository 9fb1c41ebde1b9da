import { WrongExpectedVersionError, isCommandError } from '@eventstore/db-client';
import { EventIdConflictError, StoreUnavailableError, WrongExpectedRevisionError } from '../port/errors';
import { fromClientCurrentRevision, fromClientExpectedRevision } from './revision-mapping';

// gRPC status codes that mean "no answer" rather than "a refusal": CANCELLED by the server,
// DEADLINE_EXCEEDED, UNAVAILABLE (a refused connection is a plain gRPC error with this code).
const OUTAGE_STATUS_CODES = new Set([1, 4, 14]);
const OUTAGE_ERROR_TYPES = new Set(['timeout', 'deadline-exceeded', 'unavailable', 'cancelled', 'not-leader']);

/** True when the error says the store could not be reached or did not answer, so a retry may succeed. */
export function isOutage(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  if (isCommandError(error) && OUTAGE_ERROR_TYPES.has(error.type)) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' && OUTAGE_STATUS_CODES.has(code);
}

/** The client's errors in the port's terms; anything the port does not name passes through unchanged. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError || error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError) {
    return error;
  }
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(error.streamName, fromClientExpectedRevision(error.expectedVersion), fromClientCurrentRevision(error.actualVersion));
  }
  if (isOutage(error)) {
    return new StoreUnavailableError(`event store unavailable: ${(error as Error).message}`, { cause: error });
  }
  return error;
}
