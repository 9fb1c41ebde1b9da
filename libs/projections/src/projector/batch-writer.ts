import type Database from 'better-sqlite3';
import { Position, RecordedEvent } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { StagedRows } from './staged-rows';
import { TableWriter } from './table-writer';

/**
 * Applies a batch of events to every projection and moves every checkpoint, in one transaction: the
 * write path shared by the live projector and the rebuild.
 */
export class ProjectionBatchWriter {
  private readonly staged: StagedRows;
  private readonly writeInTransaction: (batch: readonly RecordedEvent[], position: Position) => void;

  constructor(db: Database.Database, projections: readonly Projection[]) {
    const writers = new Map(projections.flatMap((projection) => projection.tables.map((table) => [table.name, new TableWriter(db, table)] as const)));
    this.staged = new StagedRows(writers);
    const saveCheckpoint = db.prepare('UPDATE projection_checkpoints SET version = ?, position = ? WHERE name = ?');
    this.writeInTransaction = db.transaction((batch: readonly RecordedEvent[], position: Position) => {
      for (const event of batch) {
        for (const projection of projections) for (const change of projection.project(event, this.staged)) this.staged.apply(change);
      }
      this.staged.writeAll();
      for (const projection of projections) saveCheckpoint.run(projection.version, position, projection.name);
    });
  }

  /** `position`: the checkpoint after the batch, at least its last event's (later when events were skipped). */
  write(batch: readonly RecordedEvent[], position: Position): void {
    try {
      this.writeInTransaction(batch, position);
    } catch (error) {
      this.staged.discard();
      throw error;
    }
  }
}
