import Database from 'better-sqlite3';
import * as path from 'node:path';
import { EventStore, Position } from '@ledger/event-store';
import { ReadModelDigests, digestTables } from '../digest/table-digests';
import { Projection } from '../projection/projection';
import { CheckpointRow, readCheckpoints } from '../projector/read-store';
import { BuildOptions } from '../rebuild/build-read-model';
import { rebuildReadStoreFile } from '../rebuild/rebuild-read-store';
import { removeReadStoreFile } from '../swap/read-store-pointer';
import { DifferenceReport, companyDifferences } from './company-differences';

export interface VerifyReport {
  equal: boolean;
  liveFile: string;
  /** The log's head when the rebuild ended. */
  logHead: Position | null;
  /** The live read model's checkpoint: the rebuild replays the log up to it, so both reflect the same events. */
  position: Position | null;
  eventsReplayed: number;
  projections: { name: string; version: number; liveVersion: number | null }[];
  digests: { live: ReadModelDigests; rebuilt: ReadModelDigests };
  durationMs: number;
  differences: DifferenceReport;
}

export interface VerifyOptions extends Pick<BuildOptions, 'batchSize' | 'onProgress'> {
  /** Rows of differences listed at most (all are counted). */
  maxDifferences?: number;
}

/**
 * Rebuilds the projections (all, or some alone) from the log into a scratch file beside the live one,
 * up to their live checkpoint, and compares the two table by table. The live file is read in one transaction,
 * so a projector writing it meanwhile changes nothing the comparison sees.
 */
export async function verifyReadModel(
  store: EventStore,
  liveFile: string,
  projections: readonly Projection[],
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const startedAt = performance.now();
  const live = new Database(liveFile, { readonly: true, fileMustExist: true });
  const scratch = path.join(path.dirname(path.resolve(liveFile)), `.${path.basename(liveFile)}.verify-${process.pid}`);
  try {
    live.exec('BEGIN');
    const checkpoints = readCheckpoints(live);
    const position = sharedCheckpoint(checkpoints, projections);
    const rebuiltFile = await rebuildReadStoreFile(store, scratch, projections, { ...options, digest: false, until: { position: position ?? '0' } });
    const rebuilt = new Database(scratch, { readonly: true });
    try {
      const digests = { live: digestTables(live, projections), rebuilt: digestTables(rebuilt, projections) };
      const equal = digests.live.sha256 === digests.rebuilt.sha256;
      const none: DifferenceReport = { total: 0, companies: 0, byCompany: [] };
      return {
        equal,
        liveFile,
        logHead: rebuiltFile.head,
        position,
        eventsReplayed: rebuiltFile.events,
        projections: projections.map(({ name, version }) => ({ name, version, liveVersion: checkpoints.find((row) => row.name === name)?.version ?? null })),
        digests,
        durationMs: Math.round(performance.now() - startedAt),
        differences: equal ? none : companyDifferences(live, rebuilt, projections, options.maxDifferences),
      };
    } finally {
      rebuilt.close();
    }
  } finally {
    if (live.inTransaction) live.exec('COMMIT');
    live.close();
    removeReadStoreFile(scratch);
  }
}

/** The checkpoint the projections share in the live file; they differ only when one stopped or caught up alone. */
function sharedCheckpoint(checkpoints: readonly CheckpointRow[], projections: readonly Projection[]): Position | null {
  const positions = new Set(projections.map((projection) => checkpoints.find((row) => row.name === projection.name)?.position ?? null));
  if (positions.size > 1) throw new Error(`the projections are at different checkpoints (${[...positions].join(', ')}): verify them one at a time`);
  return [...positions][0] ?? null;
}
