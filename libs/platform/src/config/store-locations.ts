import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { makeFolders } from '@ledger/event-store';
import { activeReadStoreFile } from '@ledger/projections';
import { setAsideIfDamaged } from './damaged-read-store';
import { ConfigError, parseNamed, storeLocation } from '@ledger/settings';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Checks the form of a store location given as `name` (a variable or an option) without touching anything. */
export function checkStoreLocation(name: string, location: string): void {
  parseNamed(name, storeLocation, location);
}

/**
 * Makes sure the SQLite file at `location` can be used: an existing file must be a SQLite database
 * this process may read and write; a missing one gets its folder (created one level at a time, so
 * that a path that cannot exist fails at once) in which this process may create it.
 */
export function prepareSqliteFile(name: string, location: string): void {
  const file = path.resolve(location);
  const expected = `${name} must be a SQLite file`;
  const stats = statOrUndefined(name, file);
  if (stats === undefined) {
    ensureFolder(name, file);
    return;
  }
  if (stats.isDirectory()) throw new ConfigError(`${expected}, but ${file} is a folder`);
  if (!stats.isFile()) throw new ConfigError(`${expected}, but ${file} is not a regular file`);
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new ConfigError(`${expected} this process can read and write, but ${file} is not (${codeOf(error)})`);
  }
  if (stats.size > 0 && !hasSqliteHeader(file)) throw new ConfigError(`${expected}, but ${file} is not a SQLite database`);
  try {
    // SQLite creates <file>-wal and <file>-shm beside the file.
    accessSync(path.dirname(file), constants.W_OK);
  } catch (error) {
    throw new ConfigError(`${expected} in a writable folder, but ${path.dirname(file)} is not writable (${codeOf(error)})`);
  }
}

/** The read store, and the file a rebuild published for it when there is one; a damaged one is set aside, to be built again. */
export function prepareReadStoreFile(name: string, location: string): void {
  prepareSqliteFile(name, location);
  reportSetAside(name, setAsideIfDamaged(path.resolve(location)));
  let active: string;
  try {
    active = activeReadStoreFile(location);
  } catch (error) {
    throw new ConfigError(`${name} must be a usable read store, but its pointer ${path.resolve(location)}.current cannot be read (${codeOf(error)})`);
  }
  if (path.resolve(active) !== path.resolve(location)) {
    prepareSqliteFile(name, active);
    reportSetAside(name, setAsideIfDamaged(path.resolve(active)));
  }
}

function reportSetAside(name: string, aside: string | null): void {
  if (aside !== null) console.error(`${name}: the read store was damaged: set aside as ${aside}; the read model is built again from the log`);
}

function statOrUndefined(name: string, file: string) {
  try {
    return statSync(file);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new ConfigError(`${name} must be a SQLite file path, but a part of ${file} is a file, not a folder`);
    throw new ConfigError(`${name} must be a SQLite file path this process can use, but ${file} cannot be examined (${code})`);
  }
}

function ensureFolder(name: string, file: string): void {
  const folder = path.dirname(file);
  try {
    makeFolders(folder);
  } catch (error) {
    const at = (error as { path?: string }).path ?? folder;
    if (codeOf(error) === 'ENOTDIR') throw new ConfigError(`${name} must be a SQLite file path, but ${at} (on the way to ${file}) is a file, not a folder`);
    throw new ConfigError(`${name} must be a SQLite file in a folder that exists or can be created, but ${at} cannot be created (${codeOf(error)})`);
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new ConfigError(`${name} must be a SQLite file in a writable folder, but ${folder} is not writable (${codeOf(error)})`);
  }
}

function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
