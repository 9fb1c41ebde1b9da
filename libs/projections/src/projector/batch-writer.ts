import type Database from 'better-sqlite3';
import { Position, RecordedEvent, comparePositions } from '@ledger/event-store';
import { DEFAULT_FAILURE_POLICIES, FailurePolicies, failurePolicyOf } from '@ledger/settings';
import { PARKED_EVENTS_SPEC, PARKED_EVENTS_TABLE, errorText, parkedRow } from '../failure/parked-events';
import { ProjectionTrack, earliest } from '../failure/projection-track';
import { Projection, Row, RowChange, RowView, remove, upsert } from '../projection/projection';
import { readCheckpoints } from './read-store';
import { TableRows } from './table-rows';

/** What a replay of parked events did: those applied are no longer parked. */
export interface ReplayOutcome {
  applied: string[];
  failed: { eventId: string; error: string }[];
}

/**
 * A batch changing fewer rows than this means the projector keeps up with the log (a catch-up writes
 * batches of a thousand events): the time to create deferred indexes.
 */
const KEEPING_UP_ROWS = 100;

/**
 * Applies batches of events to every projection and moves their checkpoints, each batch in one
 * transaction on the caller's connection: the write path shared by the projector and the rebuild.
 * Projections read the rows they need on that connection, inside the transaction, so they see what
 * the batch changed before them. Each projection has its own checkpoint, and one that throws on an
 * event parks it or stops alone (its failure policy).
 */
export class ProjectionBatchWriter implements RowView {
  readonly tracks: readonly ProjectionTrack[];
  private readonly tables: ReadonlyMap<string, TableRows>;
  private readonly saveCheckpoint: Database.Statement<[number, string | null, string]>;
  private changes = 0;
  /** What the last projection that threw threw. */
  private lastError: unknown;

  constructor(
    private readonly db: Database.Database,
    projections: readonly Projection[],
    /** What to do with an event a projection throws on. Default: park it. */
    private readonly failurePolicies: FailurePolicies = DEFAULT_FAILURE_POLICIES,
  ) {
    const specs = [...projections.flatMap((projection) => projection.tables), PARKED_EVENTS_SPEC];
    this.tables = new Map(specs.map((spec) => [spec.name, new TableRows(db, spec)] as const));
    const checkpoints = new Map(readCheckpoints(db).map((row) => [row.name, row.position]));
    this.tracks = projections.map((projection) => new ProjectionTrack(projection, checkpoints.get(projection.name) ?? null));
    this.saveCheckpoint = db.prepare('UPDATE projection_checkpoints SET version = ?, position = ? WHERE name = ?');
  }

  get<R extends Row>(table: string, key: readonly unknown[]): R | undefined {
    const rows = this.tableOf(table);
    return readOrFail(() => rows.get(key) as R | undefined);
  }

  list<R extends Row>(table: string, where: Row, orderBy: string): R[] {
    const rows = this.tableOf(table);
    return readOrFail(() => rows.list(where, orderBy) as R[]);
  }

  /**
   * Projects the batch and commits it with the checkpoints it moves. `position`: the checkpoint after
   * the batch, at least its last event's (later when events were skipped). A failure of the read store
   * rolls the batch back and throws: the checkpoints stay where they were committed.
   */
  write(batch: readonly RecordedEvent[], position: Position): void {
    this.inTransaction(() => {
      if (batch.length > 0) for (const track of this.tracks) track.batchStarts(batch[0]);
      for (const event of batch) for (const track of this.tracks) if (track.takes(event)) this.applyEvent(track, event);
      for (const track of this.tracks) if (track.stopped === null && (track.sent === null || comparePositions(track.sent, position) < 0)) track.sent = position;
      if (this.changes < KEEPING_UP_ROWS) for (const table of this.tables.values()) table.createDeferredIndexes();
      for (const track of this.tracks) if (track.sent !== track.committed) this.saveCheckpoint.run(track.projection.version, track.sent, track.projection.name);
    });
  }

  /**
   * Applies parked events to their projection again, out of log order: those it now applies leave the
   * parked table in the same transaction; the others stay, with their new error.
   */
  replay(name: string, events: readonly RecordedEvent[]): ReplayOutcome {
    const track = this.tracks.find((candidate) => candidate.projection.name === name);
    if (!track) throw new Error(`no projection ${name}`);
    const outcome: ReplayOutcome = { applied: [], failed: [] };
    this.inTransaction(() => {
      for (const event of events) {
        const changes = this.project(track, event);
        if (changes === null) {
          outcome.failed.push({ eventId: event.id, error: errorText(this.lastError) });
          this.apply(upsert(PARKED_EVENTS_TABLE, parkedRow(name, event, this.lastError)));
          continue;
        }
        for (const change of changes) this.apply(change);
        this.apply(remove(PARKED_EVENTS_TABLE, [name, event.position]));
        outcome.applied.push(event.id);
      }
    });
    return outcome;
  }

  /** Lets a stopped projection take events again, from its checkpoint; true when it was stopped. */
  resume(name: string): boolean {
    const track = this.tracks.find((candidate) => candidate.projection.name === name);
    if (!track?.stopped) return false;
    track.stopped = null;
    return true;
  }

  /** Where reading the log goes on from: the earliest checkpoint of the projections that run. */
  startPosition(): Position | null {
    const running = this.tracks.filter((track) => track.stopped === null);
    return earliest((running.length > 0 ? running : this.tracks).map((track) => track.committed));
  }

  private inTransaction(work: () => void): void {
    this.changes = 0;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      for (const table of this.tables.values()) table.writeChanged();
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const table of this.tables.values()) table.forget();
      for (const track of this.tracks) track.sent = track.committed;
      throw error;
    }
    for (const track of this.tracks) track.committed = track.sent;
  }

  private applyEvent(track: ProjectionTrack, event: RecordedEvent): void {
    const changes = this.project(track, event);
    if (changes) {
      for (const change of changes) this.apply(change);
    } else if (failurePolicyOf(this.failurePolicies, track.projection.name) === 'stop') {
      return track.stop(event, this.lastError);
    } else {
      this.apply(upsert(PARKED_EVENTS_TABLE, parkedRow(track.projection.name, event, this.lastError)));
    }
    track.sent = event.position;
  }

  /** The projection's changes, or null when it threw (the error in lastError). */
  private project(track: ProjectionTrack, event: RecordedEvent): RowChange[] | null {
    try {
      return track.projection.project(event, this);
    } catch (error) {
      if (error instanceof ReadStoreError) throw error;
      this.lastError = error;
      return null;
    }
  }

  private apply(change: RowChange): void {
    this.changes++;
    const table = this.tableOf(change.table);
    if (change.op === 'upsert') table.upsert(change.row);
    else table.delete(change.key);
  }

  private tableOf(name: string): TableRows {
    const table = this.tables.get(name);
    if (!table) throw new Error(`no projection owns table ${name}`);
    return table;
  }
}

/** The read store could not be read: a failure of the store, never of the projection reading it. */
export class ReadStoreError extends Error {}

function readOrFail<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new ReadStoreError(`reading the read store failed: ${errorText(error)}`, { cause: error });
  }
}
