import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where a read model lives. LEDGER_READ_STORE names a location; the file serving it is named by a
 * pointer beside it (`<location>.current`, holding a file name of the same folder), or is the location
 * itself while no rebuild has ever been published. A rebuild writes a whole new generation file, syncs
 * it, then replaces the pointer by rename: readers see the old generation or the new, never a mix.
 * Renaming the new file over the old one instead would leave readers on the old inode, and pair the
 * new file with the old file's -wal and -shm.
 */
export function pointerFile(location: string): string {
  return `${location}.current`;
}

/** The file that serves the read model at `location` now. */
export function activeReadStoreFile(location: string): string {
  const pointer = pointerFile(location);
  if (!existsSync(pointer)) return location;
  const name = readFileSync(pointer, 'utf8').trim();
  return name === '' ? location : path.join(path.dirname(location), name);
}

/** A new generation's file name: unique, and sorting after every earlier one. */
export function newGenerationFile(location: string): string {
  const stamp = new Date().toISOString().replace(/[-:.TZ]/g, '');
  return `${location}.gen-${stamp}-${process.pid}`;
}

/** Every generation file of `location` (the location itself excluded), oldest first. */
export function generationFiles(location: string): string[] {
  const dir = path.dirname(location);
  const prefix = `${path.basename(location)}.gen-`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && !/-(wal|shm|journal)$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Makes `file` (a complete, synced read store in the location's folder) the one serving `location`. */
export function publishReadStore(location: string, file: string): void {
  const pointer = pointerFile(location);
  const temporary = `${pointer}.${process.pid}.tmp`;
  writeFileSync(temporary, `${path.basename(file)}\n`);
  fsyncFile(temporary);
  renameSync(temporary, pointer);
  fsyncFile(path.dirname(location));
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes a read store file with its -wal and -shm. */
export function removeReadStoreFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Removes generations that no reader can still be on: all but the active file and `keep` (the one just
 * replaced, which a serving process may still be leaving).
 */
export function removeRetiredGenerations(location: string, keep: readonly string[]): void {
  const active = activeReadStoreFile(location);
  for (const file of generationFiles(location)) if (file !== active && !keep.includes(file)) removeReadStoreFile(file);
}
