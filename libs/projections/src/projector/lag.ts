import { Position, comparePositions, parsePosition } from '@ledger/event-store';

/** Events behind, when positions are the embedded store's sequence numbers; otherwise 0 or "behind". */
export function lagBetween(checkpoint: Position | null, head: Position | null): number | 'behind' {
  if (head === null) return 0;
  const at = checkpoint ?? '0';
  if (comparePositions(at, head) >= 0) return 0;
  const [from, to] = [parsePosition(at), parsePosition(head)];
  const sequential = from.commit === from.prepare && to.commit === to.prepare;
  return sequential ? Number(to.commit - from.commit) : 'behind';
}
