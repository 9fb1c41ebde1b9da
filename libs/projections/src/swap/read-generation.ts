import type Database from 'better-sqlite3';
import { Position } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { BuildRecord, readBuildRecord } from '../rebuild/build-record';
import { ParkedEvent, countParked, listParked } from '../failure/parked-events';
import { earliest } from '../failure/projection-track';
import { ProjectionRun } from '../projector/projector';
import { ProjectorThread, ProjectorThreadOptions } from '../projector/projector-thread';
import { ProjectorThreadSetup } from '../projector/projector-protocol';
import { applyReadSchema, openReadStore, readCheckpoints, staleProjections } from '../projector/read-store';
import { ReadModelQueries } from '../queries/read-model-queries';

/** What a generation's projector thread needs besides the file: the log's location and the policy. */
export type GenerationSetup = Omit<ProjectorThreadSetup, 'file' | 'projections'> & ProjectorThreadOptions;

/**
 * One read store file in service: a projector thread writing it and a connection reading it. A file
 * written by other projection versions is served as it stands, frozen, with no projector, until its
 * rebuild is swapped in.
 */
export class ReadGeneration {
  readonly queries: ReadModelQueries;
  readonly projector: ProjectorThread | null;
  /** Projections whose stored version differs from this build's. */
  readonly stale: string[];
  /** How the file was built, when a rebuild made it. */
  readonly build: BuildRecord | null;
  private readonly readDb: Database.Database;
  private readonly frozenAt: Position | null;
  private readonly frozenRuns: ProjectionRun[];

  constructor(
    readonly file: string,
    projections: readonly Projection[],
    setup: GenerationSetup,
  ) {
    // Checked, and given its schema, here: the queries' connection opens it at once, before the thread has started.
    const db = openReadStore(file, { cacheMiB: 1 });
    try {
      const checkpoints = readCheckpoints(db);
      this.stale = staleProjections(checkpoints, projections);
      if (this.stale.length === 0) applyReadSchema(db, projections);
      const stored = new Map(checkpoints.map((row) => [row.name, row.position]));
      this.frozenRuns = projections.map(({ name, version }) => ({ name, version, checkpoint: stored.get(name) ?? null, stopped: null }));
      this.frozenAt = earliest(this.stale.length > 0 ? checkpoints.map((row) => row.position) : this.frozenRuns.map((run) => run.checkpoint));
      this.build = readBuildRecord(db);
    } finally {
      db.close();
    }
    const { onError, ...thread } = setup;
    this.projector =
      this.stale.length > 0
        ? null
        : new ProjectorThread({ ...thread, file, projections: projections.map(({ name }) => name) }, this.frozenRuns, this.frozenAt, { onError });
    this.readDb = openReadStore(file, { readonly: true, cacheMiB: 8 });
    this.queries = new ReadModelQueries(this.readDb);
  }

  get checkpoint(): Position | null {
    return this.projector ? this.projector.checkpoint : this.frozenAt;
  }

  runs(): ProjectionRun[] {
    return this.projector ? this.projector.runs() : this.frozenRuns;
  }

  parkedCounts(): Map<string, number> {
    return countParked(this.readDb);
  }

  parked(projection: string): ParkedEvent[] {
    return listParked(this.readDb, projection);
  }

  start(): void {
    this.projector?.start();
  }

  async close(): Promise<void> {
    await this.projector?.stop();
    this.readDb.close();
  }
}
