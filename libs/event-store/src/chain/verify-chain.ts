import { canonicalJson } from '@ledger/canonical-json';
import { RecordedEvent } from '../port/event-store';
import { GENESIS_HASH, computeEventHash } from './event-hash';

export type ChainBreak =
  /** The event's content does not hash to its recorded hash (its data, type, metadata... changed). */
  | 'hash-mismatch'
  /** The event's prevHash is not the hash of the event before it (or the genesis hash at revision 0). */
  | 'prev-hash-mismatch'
  /** A revision is missing (or out of order): `revision` names the one expected. */
  | 'revision-gap'
  /**
   * The data's stored text is not the canonical JSON it was written as (whitespace or escapes added,
   * members reordered): the same value, so the hash still matches, but not the bytes recorded.
   */
  | 'data-text-altered';

export type ChainVerification =
  { ok: true; events: number } | { ok: false; streamId: string; revision: number; expectedHash: string; foundHash: string; reason: ChainBreak };

/**
 * Checks the hash chain of the events given, which may interleave several streams (as a log read does)
 * but must hold each stream whole from revision 0, in order. Reports the first broken link.
 */
export async function verifyChain(events: Iterable<RecordedEvent> | AsyncIterable<RecordedEvent>): Promise<ChainVerification> {
  const tips = new Map<string, { nextRevision: number; lastHash: string }>();
  let count = 0;
  for await (const event of events) {
    const tip = tips.get(event.streamId) ?? { nextRevision: 0, lastHash: GENESIS_HASH };
    const broken = findBreak(event, tip.nextRevision, tip.lastHash);
    if (broken) return broken;
    tips.set(event.streamId, { nextRevision: event.revision + 1, lastHash: event.metadata.hash });
    count++;
  }
  return { ok: true, events: count };
}

function findBreak(event: RecordedEvent, expectedRevision: number, previousHash: string): ChainVerification | null {
  const { streamId } = event;
  const foundPrevHash = String(event.metadata.prevHash ?? '');
  if (event.revision !== expectedRevision) {
    return { ok: false, streamId, revision: expectedRevision, expectedHash: previousHash, foundHash: foundPrevHash, reason: 'revision-gap' };
  }
  if (foundPrevHash !== previousHash) {
    return { ok: false, streamId, revision: event.revision, expectedHash: previousHash, foundHash: foundPrevHash, reason: 'prev-hash-mismatch' };
  }
  const expectedHash = computeEventHash({ ...event, prevHash: previousHash });
  const foundHash = String(event.metadata.hash ?? '');
  if (foundHash !== expectedHash) {
    return { ok: false, streamId, revision: event.revision, expectedHash, foundHash, reason: 'hash-mismatch' };
  }
  if (event.dataJson !== undefined && event.dataJson !== canonicalJson(event.data)) {
    return { ok: false, streamId, revision: event.revision, expectedHash, foundHash, reason: 'data-text-altered' };
  }
  return null;
}
