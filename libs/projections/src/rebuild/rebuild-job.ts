import { Worker } from 'node:worker_threads';
import { workerScript } from '@ledger/event-store';
import { ProjectorThreadSetup } from '../projector/projector-protocol';
import { RebuildInProgressError, lockRebuild } from '../swap/rebuild-lock';
import { SwappedReadStore } from './rebuild-and-swap';
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

/** What a rebuild thread is started with: as a projector thread, the log and the projections; and the location whose file it replaces. */
export interface RebuildThreadSetup extends Pick<ProjectorThreadSetup, 'storeLocation' | 'projections'> {
  location: string;
  /** The projections to rebuild; the others are copied as they stand. Default: all. */
  only?: readonly string[];
}

export type FromRebuildThread =
  { kind: 'progress'; progress: RebuildProgress } | { kind: 'done'; result: RebuildJobState['result'] } | { kind: 'failed'; error: string };

/**
 * Rebuilds run in this process, one at a time (and one at a time with other processes, by the lock),
 * each whole on a thread of its own (rebuild.worker): no batch, index build or digest holds up the
 * thread that serves requests.
 */
export class RebuildJobs {
  private last: RebuildJobState | null = null;
  private worker: Worker | null = null;
  /** Resolves once every rebuild thread started has ended. */
  private exited: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly setup: Omit<RebuildThreadSetup, 'only'>,
    private readonly swapped: () => void,
  ) {}

  get state(): RebuildJobState | null {
    return this.last;
  }

  get busy(): boolean {
    return this.last !== null && this.last.finishedAt === null;
  }

  /**
   * Starts a rebuild and swap in the background, of the projections named (default: all); throws
   * RebuildInProgressError when one runs already.
   */
  start(reason: string, only?: readonly string[]): RebuildJobState {
    if (this.busy) throw new RebuildInProgressError('a rebuild is already running in this process');
    lockRebuild(this.setup.location)(); // throws when another process is rebuilding
    const job: RebuildJobState = {
      reason,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      progress: { state: 'building', events: 0, total: null, position: null, target: null, elapsedMs: 0, eventsPerSecond: 0, etaMs: null },
      error: null,
      result: null,
    };
    this.last = job;
    const failed = (error: string) => {
      if (job.finishedAt !== null) return;
      job.error = error;
      job.progress = { ...job.progress, state: 'failed' };
      job.finishedAt = new Date().toISOString();
    };
    const [script, mode] = workerScript(__dirname, 'rebuild.worker');
    const worker = new Worker(script, { ...mode, workerData: { ...this.setup, only } satisfies RebuildThreadSetup });
    worker.on('message', (message: FromRebuildThread) => {
      if (message.kind === 'progress') job.progress = message.progress;
      else if (message.kind === 'failed') failed(message.error);
      else {
        job.result = message.result;
        job.progress = { ...job.progress, state: 'done', events: message.result!.events, position: message.result!.position, etaMs: 0 };
        job.finishedAt = new Date().toISOString();
        this.swapped();
      }
    });
    worker.on('error', (error) => failed(error.message));
    this.worker = worker;
    const exit = new Promise<void>((resolve) =>
      worker.once('exit', () => {
        failed('the rebuild thread ended'); // unless it told how it ended
        resolve();
      }),
    );
    this.exited = Promise.all([this.exited, exit]);
    return job;
  }

  /** Stops a running rebuild (its unfinished file is removed) and waits for its thread to end. */
  async cancel(): Promise<void> {
    if (this.busy) this.worker?.postMessage('cancel');
    await this.exited;
  }
}
