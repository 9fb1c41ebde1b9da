import { AccessDeniedError, DeadlineExceededError, NO_STREAM, StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { EventIdConflictError, StoreUnavailableError, WrongExpectedRevisionError } from '../port/errors';
import { isOutage, toStoreError } from './store-error';

/** What @grpc/grpc-js rejects with when a connection is refused: a plain Error carrying the status code. */
function grpcStatusError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details });
}

describe('mapping client errors to the port', () => {
  it('maps a wrong expected version to WrongExpectedRevisionError with expected and actual revisions', () => {
    const mapped = toStoreError(new WrongExpectedVersionError(undefined, { streamName: 'company-acme', expected: 4n, current: 6n }));
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ streamId: 'company-acme', expected: 4, actual: 6 });
  });

  it('maps a missing stream reported by a conflict to no_stream', () => {
    const mapped = toStoreError(new WrongExpectedVersionError(undefined, { streamName: 'company-acme', expected: 'stream_exists', current: NO_STREAM }));
    expect(mapped).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
  });

  it('maps a conflict the server reported as an error status, with its numeric expected and actual versions', () => {
    // What the client builds from a gRPC status whose metadata names the exception and the versions.
    const status = (map: Record<string, string>) => new WrongExpectedVersionError({ metadata: { getMap: () => map } } as never);
    const noStream = status({ 'stream-name': 'company-acme', 'expected-version': '-1', 'actual-version': '2' });
    expect(toStoreError(noStream)).toMatchObject({ streamId: 'company-acme', expected: 'no_stream', actual: 2 });
    const missing = status({ 'stream-name': 'company-acme', 'expected-version': '-4', 'actual-version': '-1' });
    expect(toStoreError(missing)).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
    const any = status({ 'stream-name': 'company-acme', 'expected-version': '-2', 'actual-version': '5' });
    expect(toStoreError(any)).toMatchObject({ expected: 'any', actual: 5 });
  });

  it.each([
    ['the client UnavailableError', new UnavailableError()],
    ['a plain gRPC error with code 14 (refused connection)', grpcStatusError(14, 'UNAVAILABLE: No connection established')],
    ['a deadline exceeded', new DeadlineExceededError()],
    ['a plain gRPC error with code 4', grpcStatusError(4, 'DEADLINE_EXCEEDED')],
  ])('maps %s to StoreUnavailableError, keeping the cause', (_case, error) => {
    const mapped = toStoreError(error);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect((mapped as StoreUnavailableError).cause).toBe(error);
    expect(isOutage(error)).toBe(true);
  });

  it('passes the port errors through unchanged', () => {
    const errors = [new StoreUnavailableError('down'), new WrongExpectedRevisionError('s', 1, 2), new EventIdConflictError('id', 's', 't')];
    for (const error of errors) expect(toStoreError(error)).toBe(error);
  });

  it('leaves other errors alone, outages only for numeric gRPC codes', () => {
    const notFound = new StreamNotFoundError(undefined, 'company-acme');
    const denied = new AccessDeniedError();
    const systemError = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    for (const error of [notFound, denied, systemError]) {
      expect(toStoreError(error)).toBe(error);
      expect(isOutage(error)).toBe(false);
    }
    expect(isOutage(grpcStatusError(3, 'INVALID_ARGUMENT'))).toBe(false);
  });
});
