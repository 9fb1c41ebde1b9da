import { StoreUnavailableError } from '../port/errors';

// Failures of the file or the machine, not of the request: busy beyond the timeout, I/O, disk full...
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|NOMEM|READONLY|PROTOCOL)/;

/** Maps an outage to StoreUnavailableError; any other error is returned as it is. */
export function toStoreError(error: unknown): unknown {
  if (isOutage(error)) {
    return new StoreUnavailableError(`the event store is unavailable: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

/** True for a failure of the file or the machine, which StoreUnavailableError reports. */
export function isOutage(error: unknown): boolean {
  return UNAVAILABLE_CODES.test(sqliteCodeOf(error));
}

export function storeClosedError(): StoreUnavailableError {
  return new StoreUnavailableError('the event store is closed');
}

// Read by shape, not instanceof: the driver registers its error class once per process, so a second
// copy of the driver's JavaScript (a test runner's module registry, a bundle) throws another class.
function sqliteCodeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : '';
}
