import { EventStore } from '@ledger/event-store';
import { existsSync } from 'node:fs';
import { Projection } from '../projection/projection';
import { lockRebuild } from '../swap/rebuild-lock';
import { activeReadStoreFile, newGenerationFile, publishReadStore, removeRetiredGenerations } from '../swap/read-store-pointer';
import { RebuildFileOptions, RebuiltFile, rebuildReadStoreFile } from './rebuild-read-store';

export interface RebuildAndSwapOptions extends Omit<RebuildFileOptions, 'carriedOver'> {
  /** The projections to rebuild, by name; the others are copied as they stand. Default: all. */
  only?: readonly string[];
}

export interface SwappedReadStore extends RebuiltFile {
  /** The file that served before the swap. */
  replaced: string;
}

/**
 * Rebuilds the read model at `location` (all of it, or the projections named, the others copied from
 * the file in service) into a new generation file and, once it is complete and synced, points the
 * location at it. A serving query service notices the pointer and moves over; a
 * build killed halfway leaves a file nothing points at, removed by the next rebuild.
 */
export async function rebuildAndSwap(
  store: EventStore,
  location: string,
  projections: readonly Projection[],
  options: RebuildAndSwapOptions = {},
): Promise<SwappedReadStore> {
  const release = lockRebuild(location);
  try {
    removeRetiredGenerations(location, []);
    const replaced = activeReadStoreFile(location);
    const { only, ...build } = options;
    const rebuiltAlone = only && existsSync(replaced) ? projections.filter((projection) => only.includes(projection.name)) : projections;
    const carriedOver = { file: replaced, projections: projections.filter((projection) => !rebuiltAlone.includes(projection)) };
    const rebuilt = await rebuildReadStoreFile(store, newGenerationFile(location), rebuiltAlone, { ...build, carriedOver });
    publishReadStore(location, rebuilt.file);
    return { ...rebuilt, replaced };
  } finally {
    release();
  }
}
