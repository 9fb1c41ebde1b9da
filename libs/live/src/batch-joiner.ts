/**
 * Joins a client's queued messages into the one Buffer it is sent as. Messages are encoded once per
 * event and shared by every client of a format, so clients that queued the very same messages (every
 * client following everything) share one joined Buffer instead of copying the bytes each time.
 * Holds what it joined until `clear`, called once every client has been flushed.
 */
export class BatchJoiner {
  private readonly joined = new Map<Buffer, { parts: Buffer[]; bytes: Buffer }>();

  join(parts: Buffer[]): Buffer {
    if (parts.length === 1) return parts[0];
    const known = this.joined.get(parts[0]);
    if (known !== undefined && sameParts(known.parts, parts)) return known.bytes;
    const bytes = Buffer.concat(parts);
    this.joined.set(parts[0], { parts, bytes });
    return bytes;
  }

  clear(): void {
    this.joined.clear();
  }
}

function sameParts(a: Buffer[], b: Buffer[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
