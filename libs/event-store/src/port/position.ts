/**
 * A log position: opaque to callers, ordered, and a string on the wire.
 * Encoded as "<commit>" or "<commit>-<prepare>" (prepare only when it differs from commit).
 * The embedded store's positions are a plain global sequence ("1", "2", ...).
 */
export type Position = string;

/** Where a read or subscription starts: after a position, from the very start, or from the end (live only). */
export type StartFrom = Position | 'start' | 'end';

export interface PositionParts {
  commit: bigint;
  prepare: bigint;
}

const POSITION_PATTERN = /^(0|[1-9]\d{0,19})(?:-(0|[1-9]\d{0,19}))?$/;

export function isPosition(text: string): boolean {
  return POSITION_PATTERN.test(text);
}

export function formatPosition(parts: PositionParts): Position {
  return parts.commit === parts.prepare ? `${parts.commit}` : `${parts.commit}-${parts.prepare}`;
}

export function parsePosition(text: string): PositionParts {
  const match = POSITION_PATTERN.exec(text);
  if (!match) throw new RangeError(`not a log position: ${JSON.stringify(text)}`);
  const commit = BigInt(match[1]);
  return { commit, prepare: match[2] === undefined ? commit : BigInt(match[2]) };
}

/** Negative when a is before b, zero when equal, positive when after. */
export function comparePositions(a: Position, b: Position): number {
  const pa = parsePosition(a);
  const pb = parsePosition(b);
  if (pa.commit !== pb.commit) return pa.commit < pb.commit ? -1 : 1;
  if (pa.prepare !== pb.prepare) return pa.prepare < pb.prepare ? -1 : 1;
  return 0;
}
