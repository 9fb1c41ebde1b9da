import { mkdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Creates `folder` and the folders missing above it, one level at a time. Not mkdirSync's recursive
 * mode: under some paths (/proc, say) it retries forever instead of failing.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const stats = statOf(current);
    if (stats?.isDirectory()) break;
    if (stats) throw Object.assign(new Error(`${current} is a file, not a folder`), { code: 'ENOTDIR', path: current });
    missing.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const item of missing) {
    try {
      mkdirSync(item);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Undefined when nothing is there, or when a file above stands in the way (reported at that file). */
function statOf(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}
