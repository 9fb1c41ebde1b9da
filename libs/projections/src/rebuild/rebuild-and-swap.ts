import { EventStore } from '@ledger/event-store';
import { Projection } from '../projection/projection';
import { lockRebuild } from '../swap/rebuild-lock';
import { activeReadStoreFile, newGenerationFile, publishReadStore, removeRetiredGenerations } from '../swap/read-store-pointer';
import { RebuildFileOptions, RebuiltFile, rebuildReadStoreFile } from './rebuild-read-store';

export interface SwappedReadStore extends RebuiltFile {
  /** The file that served before the swap. */
  replaced: string;
}

/**
 * Rebuilds the read model at `location` into a new generation file and, once it is complete and
 * synced, points the location at it. A serving query service notices the pointer and moves over; a
 * build killed halfway leaves a file nothing points at, removed by the next rebuild.
 */
export async function rebuildAndSwap(store: EventStore, location: string, projections: readonly Projection[], options: RebuildFileOptions = {}): Promise<SwappedReadStore> {
  const release = lockRebuild(location);
  try {
    removeRetiredGenerations(location, []);
    const replaced = activeReadStoreFile(location);
    const rebuilt = await rebuildReadStoreFile(store, newGenerationFile(location), projections, options);
    publishReadStore(location, rebuilt.file);
    return { ...rebuilt, replaced };
  } finally {
    release();
  }
}
