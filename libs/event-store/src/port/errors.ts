import { ActualRevision, ExpectedRevision, describeExpected } from './expected-revision';

/** The stream was not at the expected revision. Never an outage: retrying the same request cannot succeed. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`stream ${streamId}: expected ${describeExpected(expected)}, found ${actual === 'no_stream' ? 'no stream' : `revision ${actual}`}`);
  }
}

/** An event id that the stream already holds, after the expected revision, with other content. */
export class EventIdConflictError extends Error {
  override readonly name = 'EventIdConflictError';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
    readonly existingStreamId: string,
  ) {
    super(`event ${eventId} is already recorded in ${existingStreamId} with other content`);
  }
}

/** The store could not be reached or did not answer in time. The request may be retried. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A stored event that cannot be read back (its JSON no longer parses): the log was altered. */
export class CorruptEventError extends Error {
  override readonly name = 'CorruptEventError';
  constructor(
    readonly streamId: string,
    readonly revision: number,
    readonly position: string,
    /** The hash recorded with the event, hex. */
    readonly recordedHash: string,
    options?: { cause?: unknown },
  ) {
    super(
      `event ${streamId}@${revision} (position ${position}) cannot be read: ${options?.cause instanceof Error ? options.cause.message : 'unparseable'}`,
      options,
    );
  }
}
