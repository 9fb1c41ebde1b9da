import { Position, comparePositions } from '@ledger/event-store';
import * as path from 'node:path';
import { Projection } from '../projection/projection';
import { ParkedEvent } from '../failure/parked-events';
import { ProjectionStatus, projectionStatus } from '../failure/projection-status';
import { ProjectorThread } from '../projector/projector-thread';
import { ReadModelQueries } from '../queries/read-model-queries';
import { BuildRecord } from '../rebuild/build-record';
import { RebuildJobs } from '../rebuild/rebuild-job';
import { watchPointer } from './pointer-watcher';
import { GenerationSetup, ReadGeneration } from './read-generation';
import { activeReadStoreFile, removeReadStoreFile } from './read-store-pointer';

export interface SwitchingReadModelOptions extends GenerationSetup {
  log?: (message: string) => void;
  pointerCheckMs?: number;
}

/**
 * The read model a query service serves, at a location whose file a rebuild may replace at any time.
 * When the pointer names a new file, a projector on it catches up with the file in service; then the
 * queries move over between two requests (each query runs whole on one connection), the old
 * projector stops and the old file is removed. A read never sees the model go back in time.
 * A file of other projection versions is served frozen while its rebuild runs in the background.
 */
export class SwitchingReadModel {
  readonly rebuilds: RebuildJobs;
  private current: ReadGeneration;
  private switching: Promise<void> = Promise.resolve();
  private stopWatching: (() => void) | undefined;
  private readonly generationChanged = new Set<() => void>();
  private stopped = false;

  constructor(
    readonly location: string,
    readonly projections: readonly Projection[],
    private readonly options: SwitchingReadModelOptions,
  ) {
    this.current = this.open(activeReadStoreFile(location));
    const setup = { storeLocation: options.storeLocation, location, projections: projections.map(({ name }) => name) };
    this.rebuilds = new RebuildJobs(setup, () => this.checkPointer());
  }

  get queries(): ReadModelQueries {
    return this.current.queries;
  }

  get file(): string {
    return this.current.file;
  }

  get checkpoint(): Position | null {
    return this.current.checkpoint;
  }

  get build(): BuildRecord | null {
    return this.current.build;
  }

  get stale(): readonly string[] {
    return this.current.stale;
  }

  /** Each projection's state, checkpoint, error and parked events: for the admin routes and a readiness check. */
  projectionStatus(): ProjectionStatus[] {
    const parked = this.current.parkedCounts();
    return this.current.runs().map((run) => projectionStatus(run, parked.get(run.name) ?? 0, this.stale.includes(run.name), this.rebuilds.busy));
  }

  parked(projection: string): ParkedEvent[] {
    return this.current.parked(projection);
  }

  /** The projector of the file in service; null while that file is served frozen (stale). */
  get projector(): ProjectorThread | null {
    return this.current.projector;
  }

  start(): void {
    this.current.start();
    this.stopWatching = watchPointer(this.location, () => this.checkPointer(), this.options.pointerCheckMs);
    if (this.current.stale.length > 0) {
      this.options.log?.(`projections ${this.current.stale.join(', ')} changed version: serving the old read model while a new one is built`);
      this.rebuilds.start(`version changed: ${this.current.stale.join(', ')}`);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopWatching?.();
    await this.rebuilds.cancel();
    await this.switching;
    await this.current.close();
    for (const wake of [...this.generationChanged]) wake();
  }

  /**
   * True once the read model reflects `position`; false after timeoutMs. Keeps waiting across a
   * switch of files: the wait on the old projector ends, the new one is asked.
   */
  async waitFor(position: Position, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const generation = this.current;
      if (generation.checkpoint !== null && comparePositions(generation.checkpoint, position) >= 0) return true;
      const left = deadline - Date.now();
      if (left <= 0 || this.stopped) return false;
      if (generation.projector) {
        if (await generation.projector.waitFor(position, left)) return true;
      } else {
        await new Promise<void>((wake) => {
          const timer = setTimeout(() => done(), left);
          const done = () => {
            clearTimeout(timer);
            this.generationChanged.delete(done);
            wake();
          };
          this.generationChanged.add(done);
        });
      }
      if (generation === this.current) return false;
    }
  }

  /** Moves to the file the pointer names, when it changed; switches run one after the other. */
  checkPointer(): void {
    if (this.stopped) return;
    this.switching = this.switching
      .then(() => this.switchTo(activeReadStoreFile(this.location)))
      .catch((error: unknown) => {
        this.options.log?.(`could not move to the rebuilt read model: ${error instanceof Error ? error.message : String(error)}`);
      });
  }

  private async switchTo(file: string): Promise<void> {
    if (this.stopped || path.resolve(file) === path.resolve(this.current.file)) return;
    const next = this.open(file);
    if (next.stale.length > 0) {
      await next.close();
      throw new Error(`${file} was built by other projection versions (${next.stale.join(', ')})`);
    }
    next.start();
    const target = this.current.checkpoint;
    while (target !== null && !this.stopped && !(await next.projector!.waitFor(target, 500)));
    if (this.stopped) return void (await next.close());
    const previous = this.current;
    this.current = next;
    for (const wake of [...this.generationChanged]) wake();
    this.options.log?.(`now serving ${path.basename(file)} at ${next.checkpoint ?? 'the start'}`);
    await previous.close();
    removeReadStoreFile(previous.file);
  }

  private open(file: string): ReadGeneration {
    const { log: _log, pointerCheckMs: _pointerCheckMs, ...setup } = this.options;
    return new ReadGeneration(file, this.projections, setup);
  }
}
