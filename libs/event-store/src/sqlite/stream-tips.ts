/** A stream's last event as the writer needs it: its revision, id and hash (hex for the chain text, bytes for the row). */
export interface StreamTip {
  revision: number;
  id: string;
  hash: string;
  hashBytes: Buffer;
}

/** How many streams are remembered before the memory starts over. */
const MAX_STREAMS = 100_000;

/**
 * The tips of the streams this writer appended to, which saves a read per append. Valid only while no
 * other process has written to the file: the writer forgets them all when it finds positions it did not
 * write, and whenever the outcome of a transaction is unknown.
 */
export class StreamTips {
  private readonly tips = new Map<string, StreamTip>();

  get(streamId: string): StreamTip | undefined {
    return this.tips.get(streamId);
  }

  set(streamId: string, tip: StreamTip): void {
    if (this.tips.size >= MAX_STREAMS && !this.tips.has(streamId)) this.tips.clear();
    this.tips.set(streamId, tip);
  }

  forgetAll(): void {
    this.tips.clear();
  }
}
