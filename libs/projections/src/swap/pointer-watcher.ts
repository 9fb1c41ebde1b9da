import { FSWatcher, watch } from 'node:fs';
import * as path from 'node:path';
import { pointerFile } from './read-store-pointer';

/**
 * Calls `changed` when the pointer of `location` may have changed: on a file-system notice for it, and
 * on a cheap periodic check too, since notices are not delivered on every file system.
 */
export function watchPointer(location: string, changed: () => void, periodMs = 1_000): () => void {
  const name = path.basename(pointerFile(location));
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path.dirname(path.resolve(location)), (_event, file) => {
      if (file === null || file === name) changed();
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined; // the periodic check is enough
  }
  const timer = setInterval(changed, periodMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    watcher?.close();
  };
}
