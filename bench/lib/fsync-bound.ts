import { closeSync, fsyncSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How many 1-byte write + fsync pairs this disk completes per second. A store that syncs every
 * commit cannot make more single-event appends per second than this.
 */
export function measureFsyncsPerSecond(dir: string, durationSeconds = 1): number {
  const file = join(dir, 'fsync-probe');
  const fd = openSync(file, 'w');
  const byte = Buffer.from('x');
  const start = process.hrtime.bigint();
  let count = 0;
  let elapsed = 0;
  try {
    while (elapsed < durationSeconds) {
      writeSync(fd, byte, 0, 1, 0);
      fsyncSync(fd);
      count++;
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    }
  } finally {
    closeSync(fd);
    unlinkSync(file);
  }
  return count / elapsed;
}
