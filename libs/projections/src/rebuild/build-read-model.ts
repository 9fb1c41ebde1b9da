import type Database from 'better-sqlite3';
import { COMPANY_STREAMS } from '@ledger/disclosures';
import { EventStore, Position, RecordedEvent, comparePositions } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { ProjectionBatchWriter } from '../projector/batch-writer';
import { openReadStore } from '../projector/read-store';
import { removeReadStoreFile } from '../swap/read-store-pointer';
import { prepareFreshReadStore } from './fresh-read-store';
import { RebuildLimit, endsBefore, leavesOut } from './rebuild-limit';
import { ProgressMeter, RebuildProgress } from './rebuild-progress';

export interface BuildOptions {
  /** Events applied in one transaction. Any size gives the same rows. */
  batchSize?: number;
  until?: RebuildLimit;
  onProgress?: (progress: RebuildProgress) => void;
  progressEveryMs?: number;
  signal?: AbortSignal;
}

export interface BuiltReadModel {
  /** The connection to the new file, left open: the caller digests, records and seals it. */
  db: Database.Database;
  events: number;
  /** The new file's checkpoint. */
  position: Position | null;
  /** The log's head when the build ended. */
  head: Position | null;
  durationMs: number;
}

/** Batches of this size die young in the garbage collector; larger ones are no faster. */
export const DEFAULT_REBUILD_BATCH = 1_000;

/**
 * Projects the log from its start into `file`, created afresh, with the live projector's write path:
 * the same batches (and checkpoint) of the same projections. Reads on until the log's head is reached
 * (the head moves while a build runs), or up to the limit. On failure the file is removed.
 */
export async function buildReadModel(store: EventStore, file: string, projections: readonly Projection[], options: BuildOptions = {}): Promise<BuiltReadModel> {
  removeReadStoreFile(file);
  const db = openReadStore(file, { cacheMiB: 64 });
  try {
    prepareFreshReadStore(db, projections);
    const batchWriter = new ProjectionBatchWriter(db, projections);
    const batchSize = options.batchSize ?? DEFAULT_REBUILD_BATCH;
    const target = limitPosition(options.until) ?? (await store.headPosition());
    const meter = new ProgressMeter(target);
    let events = 0;
    /** The last event read: where reading goes on from. */
    let position: Position | null = null;
    /**
     * The last event built in, the file's checkpoint: behind `position` when a limit by recording
     * time leaves out the events read after it.
     */
    let included: Position | null = null;
    let lastReport = 0;
    const report = (state: RebuildProgress['state']) => options.onProgress?.(meter.at(state, events, position));
    let batch: RecordedEvent[] = [];
    const flush = (): void => {
      if (batch.length === 0 || included === null) return;
      batchWriter.write(batch, included);
      events += batch.length;
      batch = [];
      if (performance.now() - lastReport >= (options.progressEveryMs ?? 500)) {
        lastReport = performance.now();
        report('building');
      }
    };
    for (;;) {
      const from: Position | null = position;
      let ended = false;
      for await (const event of store.readAll({ after: from ?? 'start', filter: COMPANY_STREAMS })) {
        options.signal?.throwIfAborted();
        if (endsBefore(options.until, event)) {
          ended = true;
          break;
        }
        position = event.position;
        if (leavesOut(options.until, event)) continue;
        included = event.position;
        batch.push(event);
        if (batch.length >= batchSize) flush();
      }
      flush();
      if (ended || position === from || !(await movedPast(store, position))) break;
    }
    report('sealing');
    return { db, events, position: included, head: await store.headPosition(), durationMs: meter.at('sealing', events, position).elapsedMs };
  } catch (error) {
    db.close();
    removeReadStoreFile(file);
    throw error;
  }
}

function limitPosition(limit: RebuildLimit | undefined): Position | null {
  return limit !== undefined && 'position' in limit ? limit.position : null;
}

async function movedPast(store: EventStore, position: Position | null): Promise<boolean> {
  const head = await store.headPosition();
  return head !== null && (position === null || comparePositions(head, position) > 0);
}
