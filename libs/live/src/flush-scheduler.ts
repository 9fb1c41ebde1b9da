/** Something with queued output to write in one go. */
export interface Flushable {
  flush(): void;
}

/**
 * Writes every client's queued messages once per turn of the event loop: events that arrive together
 * (a page of the log, a batch append) leave in one write per client instead of one write per event.
 */
export class FlushScheduler {
  private dirty: Flushable[] = [];
  private scheduled = false;

  schedule(target: Flushable): void {
    this.dirty.push(target);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flushAll());
  }

  private flushAll(): void {
    const targets = this.dirty;
    this.dirty = [];
    this.scheduled = false;
    for (const target of targets) target.flush();
  }
}
