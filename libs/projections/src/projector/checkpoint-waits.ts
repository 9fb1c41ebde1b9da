import { Position, comparePositions } from '@ledger/event-store';

interface Waiter {
  target: Position;
  done: (reached: boolean) => void;
}

/** A checkpoint that never goes back, and callers waiting for it to reach a log position, each with its own deadline. */
export class CheckpointWaits {
  private readonly waiters = new Set<Waiter>();

  constructor(private current: Position | null) {}

  /** The log position of the last event applied and committed, or null before the first. */
  get position(): Position | null {
    return this.current;
  }

  /** True once the checkpoint has reached `target`; false after timeoutMs, or when the waits are abandoned. */
  wait(target: Position, timeoutMs: number): Promise<boolean> {
    if (this.reached(target)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        target,
        done: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.done(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Moves the checkpoint to `position` when that is further, ending the waits it satisfies. */
  advance(position: Position | null): void {
    if (position === null || this.reached(position)) return;
    this.current = position;
    for (const waiter of [...this.waiters]) if (this.reached(waiter.target)) waiter.done(true);
  }

  /** Stops every wait: each resolves false. */
  abandon(): void {
    for (const waiter of [...this.waiters]) waiter.done(false);
  }

  private reached(target: Position): boolean {
    return this.current !== null && comparePositions(this.current, target) >= 0;
  }
}
