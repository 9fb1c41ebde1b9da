import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Installed version of a package whose exports map hides its package.json. */
export function installedVersion(packageName: string): string {
  let dir = dirname(require.resolve(packageName));
  while (dir !== dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === packageName && manifest.version) return manifest.version;
    } catch {
      // no package.json at this level: keep climbing
    }
    dir = dirname(dir);
  }
  return 'unknown';
}
