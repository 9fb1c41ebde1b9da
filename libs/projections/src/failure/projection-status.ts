import { Position } from '@ledger/event-store';
import { ProjectionRun } from '../projector/projector';
import { StoppedAt } from './projection-track';

/**
 * A projection's state in service: `live` (current, or parking what it cannot apply), `stopped` at an
 * event (stop policy), `stale` (its version changed: served frozen until rebuilt) or `rebuilding`.
 */
export interface ProjectionStatus {
  name: string;
  version: number;
  state: 'live' | 'stopped' | 'stale' | 'rebuilding';
  checkpoint: Position | null;
  /** The error it stopped with; null unless stopped. */
  error: string | null;
  stoppedAt: StoppedAt | null;
  /** Events parked (skipped, with their error) and not replayed yet. */
  parked: number;
}

export function projectionStatus(run: ProjectionRun, parked: number, stale: boolean, rebuilding: boolean): ProjectionStatus {
  const state = stale ? 'stale' : run.stopped ? 'stopped' : rebuilding ? 'rebuilding' : 'live';
  return { name: run.name, version: run.version, state, checkpoint: run.checkpoint, error: run.stopped?.error ?? null, stoppedAt: run.stopped, parked };
}

/** What a readiness check needs: the projections stopped, and the events parked in all. */
export function failureSummary(statuses: readonly ProjectionStatus[]): { stopped: string[]; parked: number } {
  return {
    stopped: statuses.filter((status) => status.state === 'stopped').map((status) => status.name),
    parked: statuses.reduce((sum, status) => sum + status.parked, 0),
  };
}
