import { RecordedEvent } from '../port/event-store';

/** The last link of a stream when an audit read it: its revision and hash. */
export interface ChainTip {
  revision: number;
  hash: string;
}

/** Tips by stream: what an auditor keeps to prove, later, that nothing up to them was removed or rewritten. */
export type ChainTips = Record<string, ChainTip>;

/** Why an anchored link is no longer in the log as it was. */
export type AnchorBreak = 'truncated' | 'rewritten';

export interface AnchorViolation {
  streamId: string;
  revision: number;
  /** The hash the anchor holds for that revision. */
  expectedHash: string;
  /** The hash the log holds there now, or null when the revision is gone. */
  foundHash: string | null;
  reason: AnchorBreak;
}

/**
 * Follows the events of one pass over the log: keeps each stream's tip, and checks the links an
 * earlier audit anchored. A hash chain shows that a link was changed, but not that the last links of
 * a stream were removed (or the stream replaced whole): the anchor does, since each anchored link must
 * still be there with its hash, and its hash commits to every link before it.
 */
export class ChainAnchorCheck {
  private readonly tips: ChainTips = {};
  private readonly seen = new Set<string>();
  private violation: AnchorViolation | null = null;

  constructor(private readonly anchor: ChainTips = {}) {}

  see(event: RecordedEvent): void {
    const hash = String(event.metadata.hash ?? '');
    this.tips[event.streamId] = { revision: event.revision, hash };
    const anchored = Object.hasOwn(this.anchor, event.streamId) ? this.anchor[event.streamId] : undefined;
    if (anchored?.revision !== event.revision) return;
    this.seen.add(event.streamId);
    if (anchored.hash !== hash)
      this.violation ??= { streamId: event.streamId, revision: event.revision, expectedHash: anchored.hash, foundHash: hash, reason: 'rewritten' };
  }

  /** The streams' tips read so far. */
  readTips(): ChainTips {
    return this.tips;
  }

  /** After the pass over `streams` (all, when undefined): the first anchored link not found as it was. */
  firstViolation(streams?: readonly string[]): AnchorViolation | null {
    if (this.violation) return this.violation;
    for (const [streamId, tip] of Object.entries(this.anchor)) {
      if (streams !== undefined && !streams.includes(streamId)) continue;
      if (!this.seen.has(streamId)) return { streamId, revision: tip.revision, expectedHash: tip.hash, foundHash: null, reason: 'truncated' };
    }
    return null;
  }
}
