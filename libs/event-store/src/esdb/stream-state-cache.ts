import { StreamState } from './stream-state';

const DEFAULT_CAPACITY = 1_000;

/**
 * The state of streams this process appended to, so the next append to the same stream can skip
 * reading it. A stale entry is harmless: appends are sent with the exact revision the entry names, so
 * the server refuses them if the stream moved on, and the stream is then read again.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, StreamState>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  get(streamId: string): StreamState | undefined {
    const state = this.entries.get(streamId);
    if (state) {
      // Most recently used last, so the first entry is the one to evict.
      this.entries.delete(streamId);
      this.entries.set(streamId, state);
    }
    return state;
  }

  set(streamId: string, state: StreamState): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, state);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.entries.delete(streamId);
  }
}
