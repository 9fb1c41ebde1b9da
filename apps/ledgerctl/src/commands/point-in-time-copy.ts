import { existsSync, linkSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { EventStore, comparePositions } from '@ledger/event-store';
import { LEDGER_PROJECTIONS, RebuildFileOptions, RebuiltFile, rebuildReadStoreFile, removeReadStoreFile } from '@ledger/projections';
import { CliError } from '../cli-error';

/**
 * Builds a point-in-time copy into `output`, a file that must not exist yet: it is built under a
 * temporary name beside it and linked in only once complete, so an interrupted build leaves nothing
 * at `output`, and no existing file (an event store, say) is ever overwritten.
 */
export async function buildPointInTimeCopy(store: EventStore, output: string, options: RebuildFileOptions): Promise<RebuiltFile> {
  const file = path.resolve(output);
  refuseUnusableOutput(file);
  await refuseLimitBeyondHead(store, options);
  const partial = `${file}.partial-${process.pid}`;
  try {
    const built = await rebuildReadStoreFile(store, partial, LEDGER_PROJECTIONS, options);
    linkSync(partial, file); // fails if something took the name meanwhile: never overwrites
    return { ...built, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw outputExists(file);
    throw error;
  } finally {
    removeReadStoreFile(partial);
  }
}

function refuseUnusableOutput(file: string): void {
  if (existsSync(file)) throw outputExists(file);
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError(`--output ${file}: the folder ${folder} does not exist`);
}

function outputExists(file: string): CliError {
  return new CliError(`--output ${file} already exists: a point-in-time copy is built into a new file, and never over another`);
}

async function refuseLimitBeyondHead(store: EventStore, options: RebuildFileOptions): Promise<void> {
  const limit = options.until;
  if (limit === undefined || !('position' in limit)) return;
  const head = await store.headPosition();
  if (head === null || comparePositions(limit.position, head) > 0) {
    throw new CliError(`--until ${limit.position} is beyond the end of the log (${head === null ? 'it is empty' : `its last position is ${head}`})`);
  }
}
