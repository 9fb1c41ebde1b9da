import type { LiveFailure } from '@ledger/live';
import { problem } from '@ledger/platform';

/** The body of the final `error` message of a stream the server ends. */
export function liveFailureProblem(failure: LiveFailure): object {
  switch (failure.reason) {
    case 'slow-consumer':
      return problem(503, 'slow-consumer', 'Stream closed: the client did not keep up', {
        detail: `${failure.pending} messages were waiting to be read; reconnect with Last-Event-ID (or ?from=) set to the last id received to resume`,
      });
    case 'store-failed':
      return problem(503, 'unavailable', 'Stream closed: the event store failed', {
        detail: `${failure.error instanceof Error ? failure.error.message : String(failure.error)}; reconnect with Last-Event-ID to resume`,
      });
  }
}
