export interface FileFailure {
  /** The path at fault when the error names it. */
  subject?: string;
  /** What is wrong with it, to follow its name. */
  text: string;
}

const SQLITE_PROBLEMS: [RegExp, string][] = [
  [/^SQLITE_NOTADB$/, 'is not a SQLite database'],
  [/^SQLITE_CORRUPT/, 'is damaged (database disk image is malformed)'],
  [/^SQLITE_READONLY_DIRECTORY$/, 'cannot be used: its folder is not writable, and SQLite must create a -shm file beside it to open a store in WAL mode'],
  [/^SQLITE_READONLY/, 'is not writable'],
  [/^SQLITE_CANTOPEN/, 'cannot be opened (unable to open database file)'],
];

const PATH_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'already exists',
  EROFS: 'read-only file system',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
};

/**
 * What a failure says about a file that no retry can mend: a file that is not SQLite or is damaged,
 * one this process may not open or write, a path that leads nowhere. Undefined for anything else.
 */
export function describeFileFailure(error: unknown): FileFailure | undefined {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string') return undefined;
  const sqlite = SQLITE_PROBLEMS.find(([pattern]) => pattern.test(code));
  if (sqlite) return { text: sqlite[1] };
  const problem = PATH_PROBLEMS[code];
  if (problem === undefined || typeof path !== 'string') return undefined;
  return { subject: path, text: `cannot be used: ${code} (${problem})` };
}
