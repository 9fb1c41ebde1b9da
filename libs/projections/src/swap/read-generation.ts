import type Database from 'better-sqlite3';
import { EventStore, Position } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { BuildRecord, readBuildRecord } from '../rebuild/build-record';
import { ParkedEvent, countParked, listParked } from '../failure/parked-events';
import { earliest } from '../failure/projection-track';
import { Projector, ProjectorOptions, ProjectionRun } from '../projector/projector';
import { openReadStore, readCheckpoints, staleProjections } from '../projector/read-store';
import { ReadModelQueries } from '../queries/read-model-queries';

/**
 * One read store file in service: a projector writing it and a connection reading it. A file written
 * by other projection versions is served as it stands, frozen, with no projector, until its rebuild
 * is swapped in.
 */
export class ReadGeneration {
  readonly queries: ReadModelQueries;
  readonly projector: Projector | null;
  /** Projections whose stored version differs from this build's. */
  readonly stale: string[];
  /** How the file was built, when a rebuild made it. */
  readonly build: BuildRecord | null;
  private readonly writeDb: Database.Database;
  private readonly readDb: Database.Database;
  private readonly frozenAt: Position | null;
  private readonly frozenRuns: ProjectionRun[];

  constructor(
    store: EventStore,
    readonly file: string,
    projections: readonly Projection[],
    options: ProjectorOptions,
  ) {
    // The projector's own connection only reads committed rows its cache lacks; its write thread has the page cache.
    this.writeDb = openReadStore(file, { cacheMiB: 4 });
    try {
      const checkpoints = readCheckpoints(this.writeDb);
      this.stale = staleProjections(checkpoints, projections);
      this.frozenAt = earliest(checkpoints.map((row) => row.position));
      const stored = new Map(checkpoints.map((row) => [row.name, row.position]));
      this.frozenRuns = projections.map(({ name, version }) => ({ name, version, checkpoint: stored.get(name) ?? null, stopped: null }));
      this.build = readBuildRecord(this.writeDb);
      this.projector = this.stale.length > 0 ? null : new Projector(store, this.writeDb, projections, options);
      this.readDb = openReadStore(file, { readonly: true, cacheMiB: 8 });
    } catch (error) {
      this.writeDb.close();
      throw error;
    }
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
    this.writeDb.close();
  }
}
