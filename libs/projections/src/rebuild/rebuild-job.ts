import { EventStore } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { RebuildInProgressError, lockRebuild } from '../swap/rebuild-lock';
import { SwappedReadStore, rebuildAndSwap } from './rebuild-and-swap';
import { RebuildProgress } from './rebuild-progress';

export interface RebuildJobState {
  /** Why it ran: asked for, or a projection version changed. */
  reason: string;
  startedAt: string;
  finishedAt: string | null;
  progress: RebuildProgress;
  error: string | null;
  result: Omit<SwappedReadStore, 'digests'> | null;
}

/** Rebuilds run in this process, one at a time (and one at a time with other processes, by the lock). */
export class RebuildJobs {
  private last: RebuildJobState | null = null;
  private running: Promise<void> | null = null;
  private readonly abort = new AbortController();

  constructor(
    private readonly store: EventStore,
    private readonly location: string,
    private readonly projections: readonly Projection[],
    private readonly swapped: () => void,
  ) {}

  get state(): RebuildJobState | null {
    return this.last;
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /**
   * Starts a rebuild and swap in the background, of the projections named (default: all); throws
   * RebuildInProgressError when one runs already.
   */
  start(reason: string, only?: readonly string[]): RebuildJobState {
    if (this.running) throw new RebuildInProgressError('a rebuild is already running in this process');
    lockRebuild(this.location)(); // throws when another process is rebuilding
    const job: RebuildJobState = {
      reason,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      progress: { state: 'building', events: 0, total: null, position: null, target: null, elapsedMs: 0, eventsPerSecond: 0, etaMs: null },
      error: null,
      result: null,
    };
    this.last = job;
    this.running = rebuildAndSwap(this.store, this.location, this.projections, {
      only,
      onProgress: (progress) => (job.progress = progress),
      signal: this.abort.signal,
    })
      .then(
        ({ digests: _digests, ...result }) => {
          job.result = result;
          job.progress = { ...job.progress, state: 'done', events: result.events, position: result.position, etaMs: 0 };
          this.swapped();
        },
        (error: unknown) => {
          job.error = error instanceof Error ? error.message : String(error);
          job.progress = { ...job.progress, state: 'failed' };
        },
      )
      .finally(() => {
        job.finishedAt = new Date().toISOString();
        this.running = null;
      });
    return job;
  }

  /** Stops a running rebuild (its unfinished file is removed) and waits for it to end. */
  async cancel(): Promise<void> {
    this.abort.abort();
    await this.running;
  }
}
