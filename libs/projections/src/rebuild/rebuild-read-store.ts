import * as path from 'node:path';
import { EventStore } from '@ledger/event-store';
import { digestTables } from '../digest/table-digests';
import { Projection } from '../projection/projection';
import { removeReadStoreFile } from '../swap/read-store-pointer';
import { BuildRecord, saveBuildRecord } from './build-record';
import { carryOver } from './carry-over';
import { BuildOptions, buildReadModel } from './build-read-model';
import { sealReadStore } from './fresh-read-store';
import { describeLimit } from './rebuild-limit';

export interface RebuildFileOptions extends BuildOptions {
  /** Digest every table at the end (the digest is kept in the file's build record). Default true. */
  digest?: boolean;
  /** Projections not rebuilt but copied as they stand from the file in service. */
  carriedOver?: { file: string; projections: readonly Projection[] };
}

export interface RebuiltFile extends BuildRecord {
  file: string;
  head: string | null;
}

/** Builds a complete read store into `file` (replaced if present): built, digested, recorded and synced. */
export async function rebuildReadStoreFile(
  store: EventStore,
  file: string,
  projections: readonly Projection[],
  options: RebuildFileOptions = {},
): Promise<RebuiltFile> {
  const built = await buildReadModel(store, path.resolve(file), projections, options);
  try {
    const carried = options.carriedOver;
    if (carried) carryOver(built.db, carried.file, carried.projections);
    const all = [...projections, ...(carried?.projections ?? [])];
    const digests = options.digest === false ? null : digestTables(built.db, all);
    const record: BuildRecord = {
      builtAt: new Date().toISOString(),
      events: built.events,
      position: built.position,
      durationMs: Math.round(built.durationMs),
      until: describeLimit(options.until),
      digests,
    };
    saveBuildRecord(built.db, record);
    sealReadStore(built.db, all);
    return { ...record, file, head: built.head };
  } catch (error) {
    if (built.db.open) built.db.close();
    removeReadStoreFile(file);
    throw error;
  }
}
