/**
 * Tells waiting subscriptions that the log may have grown: at once for appends of this process,
 * and by polling the head position for appends of other processes on the same file. The poll timer
 * runs only while a subscription is waiting.
 */
export class LogChangeNotifier {
  private changes = 0;
  private readonly waiters = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private lastHead: number | null;

  constructor(
    private readonly readHead: () => number | null,
    private readonly pollIntervalMs: number,
  ) {
    this.lastHead = readHead();
  }

  /** A counter to take before reading, and hand to waitForChange after. */
  get version(): number {
    return this.changes;
  }

  /** An append of this process has committed up to `head`. */
  appended(head: number): void {
    this.lastHead = Math.max(head, this.lastHead ?? 0);
    this.changed();
  }

  /** Resolves once the log changed after `sinceVersion` was taken, or when `signal` aborts. */
  waitForChange(sinceVersion: number, signal: AbortSignal): Promise<void> {
    if (this.changes !== sinceVersion || signal.aborted || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        this.waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      this.waiters.add(wake);
      signal.addEventListener('abort', wake);
      this.timer ??= setInterval(() => this.poll(), this.pollIntervalMs);
    });
  }

  close(): void {
    this.closed = true;
    this.stopPolling();
    this.changed();
  }

  private changed(): void {
    this.changes++;
    if (this.waiters.size > 0) for (const wake of [...this.waiters]) wake();
  }

  private poll(): void {
    if (this.waiters.size === 0) return this.stopPolling();
    let head: number | null;
    try {
      head = this.readHead();
    } catch {
      // Let the subscriptions read and meet the failure themselves.
      return this.changed();
    }
    if (head !== this.lastHead) {
      this.lastHead = head;
      this.changed();
    }
  }

  private stopPolling(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
