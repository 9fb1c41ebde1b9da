import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TempStoreFile {
  file: string;
  remove(): void;
}

/** A path for a fresh store file in a new temporary directory. */
export function tempStoreFile(label = 'event-store'): TempStoreFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  return { file: path.join(dir, 'events.db'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
