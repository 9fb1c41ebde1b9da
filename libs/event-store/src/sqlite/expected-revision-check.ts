import { ActualRevision, ExpectedRevision } from '../port/expected-revision';

/** EventStoreDB's rule for whether a stream in state `actual` accepts an append expecting `expected`. */
export function meetsExpectedRevision(expected: ExpectedRevision, actual: ActualRevision): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 'no_stream';
    case 'stream_exists':
      return actual !== 'no_stream';
    default:
      return actual === expected;
  }
}
