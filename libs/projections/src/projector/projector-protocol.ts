import type { Position } from '@ledger/event-store';
import type { FailurePolicies } from '@ledger/settings';
import type { ReplayOutcome } from './batch-writer';
import type { ProjectionRun } from './projector';

/** What a projector thread is started with: everything it needs to open the log and the read store itself. */
export interface ProjectorThreadSetup {
  /** LEDGER_STORE: a SQLite file, or an EventStoreDB connection string. */
  storeLocation: string;
  /** The read store file the thread writes. */
  file: string;
  /** The projections to run, by name (the thread finds them among the served projections). */
  projections: string[];
  /** PROJECTION_FAILURE_POLICY, as read by the settings. */
  failurePolicies?: FailurePolicies;
  maxBatchEvents?: number;
  maxBatchMs?: number;
  retryDelayMs?: number;
}

export type ToProjectorThread = { kind: 'resume'; name: string } | { kind: 'replay'; id: number; name: string } | { kind: 'stop' };

export type FromProjectorThread =
  /** The projector's state as committed: sent after every batch, resume and replay. */
  | { kind: 'state'; checkpoint: Position | null; runs: ProjectionRun[] }
  | { kind: 'error'; message: string }
  | { kind: 'replayed'; id: number; outcome?: ReplayOutcome; error?: string }
  | { kind: 'stopped' };
