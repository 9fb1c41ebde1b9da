import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export class RebuildInProgressError extends Error {
  override readonly name = 'RebuildInProgressError';
}

/**
 * One rebuild of a location at a time, across processes: a lock file holding the builder's pid. A lock
 * whose process is gone (killed halfway) is taken over. Returns the release.
 */
export function lockRebuild(location: string): () => void {
  const lock = `${location}.rebuild.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSafely(lock));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new RebuildInProgressError(`a rebuild of ${location} is already running (process ${holder})`);
      }
      rmSync(lock, { force: true });
    }
  }
  throw new RebuildInProgressError(`could not take the rebuild lock of ${location}`);
}

function readFileSafely(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
