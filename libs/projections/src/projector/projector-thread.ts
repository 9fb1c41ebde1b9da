import { Worker } from 'node:worker_threads';
import { Position, workerScript } from '@ledger/event-store';
import { ReplayOutcome } from './batch-writer';
import { CheckpointWaits } from './checkpoint-waits';
import { ProjectionRun } from './projector';
import { FromProjectorThread, ProjectorThreadSetup, ToProjectorThread } from './projector-protocol';

export interface ProjectorThreadOptions {
  onError?: (error: Error) => void;
}

/**
 * The serving thread's handle on a projector that runs whole on a thread of its own (projector.worker):
 * it learns of each commit by message, and asks for a resume or a replay by message. Every call here
 * returns at once or with a promise: none waits on the other thread.
 */
export class ProjectorThread {
  private readonly waits: CheckpointWaits;
  private readonly replies = new Map<number, (reply: Extract<FromProjectorThread, { kind: 'replayed' }>) => void>();
  private worker: Worker | undefined;
  private ended: Promise<void> = Promise.resolve();
  private nextReplay = 0;

  constructor(
    private readonly setup: ProjectorThreadSetup,
    /** The checkpoints in the file before the thread starts; then as last told by the thread. */
    private projectionRuns: ProjectionRun[],
    checkpoint: Position | null,
    private readonly options: ProjectorThreadOptions = {},
  ) {
    this.waits = new CheckpointWaits(checkpoint);
  }

  /** The log position of the last event applied and committed, or null before the first. */
  get checkpoint(): Position | null {
    return this.waits.position;
  }

  start(): void {
    if (this.worker) return;
    const [script, mode] = workerScript(__dirname, 'projector.worker');
    const worker = new Worker(script, { ...mode, workerData: this.setup });
    this.worker = worker;
    worker.on('message', (message: FromProjectorThread) => this.receive(message));
    worker.on('error', (error) => this.options.onError?.(error));
    this.ended = new Promise((resolve) =>
      worker.once('exit', () => {
        for (const reply of this.replies.values()) reply({ kind: 'replayed', id: -1, error: 'the projector thread ended' });
        this.replies.clear();
        resolve();
      }),
    );
  }

  /** Lets the thread commit what it holds and close its connections, then ends every wait. */
  async stop(): Promise<void> {
    this.send({ kind: 'stop' });
    await this.ended;
    this.worker = undefined;
    this.waits.abandon();
  }

  /** True once the read model has applied the event at `position`; false after timeoutMs. */
  waitFor(position: Position, timeoutMs: number): Promise<boolean> {
    return this.waits.wait(position, timeoutMs);
  }

  /** Each projection: its checkpoint, and where it stopped if it did (as last told by the thread). */
  runs(): ProjectionRun[] {
    return this.projectionRuns;
  }

  /** Lets a stopped projection go on from its checkpoint; false when it was not stopped. */
  resume(name: string): boolean {
    const run = this.projectionRuns.find((candidate) => candidate.name === name);
    if (!run?.stopped) return false;
    this.projectionRuns = this.projectionRuns.map((candidate) => (candidate === run ? { ...run, stopped: null } : candidate));
    this.send({ kind: 'resume', name });
    return true;
  }

  /** Applies the projection's parked events again (after a fix); those that apply are no longer parked. */
  replay(name: string): Promise<ReplayOutcome> {
    const id = this.nextReplay++;
    return new Promise((resolve, reject) => {
      this.replies.set(id, (reply) => (reply.outcome ? resolve(reply.outcome) : reject(new Error(reply.error))));
      this.send({ kind: 'replay', id, name });
    });
  }

  private send(message: ToProjectorThread): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromProjectorThread): void {
    switch (message.kind) {
      case 'state':
        this.projectionRuns = message.runs;
        return this.waits.advance(message.checkpoint);
      case 'error':
        return this.options.onError?.(new Error(message.message));
      case 'replayed':
        this.replies.get(message.id)?.(message);
        this.replies.delete(message.id);
        return;
      case 'stopped':
        return;
    }
  }
}
