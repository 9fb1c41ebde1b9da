import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the build puts the explorer (dist/explorer), seen from this compiled file (dist/apps/query-api/src/explorer). */
export const EXPLORER_ROOT = resolve(__dirname, '../../../../explorer');

/** The page's document, answered for every path the explorer routes in the browser. */
export const EXPLORER_INDEX = join(EXPLORER_ROOT, 'index.html');

export function explorerBuilt(): boolean {
  return existsSync(EXPLORER_INDEX);
}
