/** A stream's last event as the writer needs it: its revision and hash (hex for the chain text, bytes for the row). */
export interface StreamTip {
  revision: number;
  hash: string;
  hashBytes: Buffer;
}

/** How many streams are remembered before the memory starts over. */
const MAX_STREAMS = 100_000;

/**
 * The tips of the streams this process appended to, which saves a read per append. Only a hint, since
 * other processes may append to the same file: the appender reads the tip from the file before it reports
 * a conflict, and when a remembered tip gives a revision the stream already has (the unique index refuses
 * it). It forgets every tip when it sees another process's positions.
 */
export class StreamTips {
  private readonly tips = new Map<string, StreamTip>();

  get(streamId: string): StreamTip | undefined {
    return this.tips.get(streamId);
  }

  /** After a commit of this process. */
  committed(streamId: string, tip: StreamTip): void {
    if (this.tips.size >= MAX_STREAMS && !this.tips.has(streamId)) this.tips.clear();
    this.tips.set(streamId, tip);
  }

  forgetAll(): void {
    this.tips.clear();
  }
}
