import { ANY, AppendExpectedRevision, CurrentRevision, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { ActualRevision, ExpectedRevision } from '../port/expected-revision';

/** The port's expected revision as the client writes it. */
export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

// A conflict the server reports as an error status (rather than in the append's answer) reaches the
// client as metadata, which it turns into bigints: the server's -1 (no stream), -2 (any), -4 (stream exists).
const SERVER_NO_STREAM = -1n;
const SERVER_ANY = -2n;
const SERVER_STREAM_EXISTS = -4n;

/** The client's expected revision (as a conflict reports it) in the port's terms. */
export function fromClientExpectedRevision(expected: AppendExpectedRevision): ExpectedRevision {
  switch (expected) {
    case ANY:
    case SERVER_ANY:
      return 'any';
    case NO_STREAM:
    case SERVER_NO_STREAM:
      return 'no_stream';
    case STREAM_EXISTS:
    case SERVER_STREAM_EXISTS:
      return 'stream_exists';
    default:
      return fromClientRevision(expected);
  }
}

/** A stream's actual state as the client reports it: its last revision, or no stream. */
export function fromClientCurrentRevision(current: CurrentRevision): ActualRevision {
  return current === NO_STREAM || current === SERVER_NO_STREAM ? 'no_stream' : fromClientRevision(current);
}

/** A revision (bigint in the client) as a number; revisions beyond 2^53 cannot be represented exactly. */
export function fromClientRevision(revision: bigint): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`stream revision ${revision} is outside the range this ledger supports`);
  }
  return Number(revision);
}
