/** A page boundary: the sort key of the last row served, opaque to clients (base64url JSON). */
export type CursorKey = (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key in a cursor, or null when the text is not a cursor of this shape (kinds: 'n' number, 's' string). */
export function decodeCursor(text: string, shape: readonly ('n' | 's')[]): CursorKey | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(key) || key.length !== shape.length) return null;
  const valid = key.every((value, i) => (shape[i] === 'n' ? Number.isSafeInteger(value) : typeof value === 'string'));
  return valid ? (key as CursorKey) : null;
}
