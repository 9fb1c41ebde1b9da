import { Position, comparePositions } from '@ledger/event-store';

interface Waiter {
  target: Position;
  done: (reached: boolean) => void;
}

/** Callers waiting for the read model to reach a log position, each with its own deadline. */
export class PositionWaiters {
  private readonly waiters = new Set<Waiter>();

  /** Resolves true once `reached(target)` holds after an advance, false after timeoutMs. */
  wait(target: Position, timeoutMs: number): Promise<boolean> {
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

  advanced(position: Position): void {
    for (const waiter of [...this.waiters]) if (comparePositions(position, waiter.target) >= 0) waiter.done(true);
  }

  /** Stops every wait: each resolves false. */
  abandon(): void {
    for (const waiter of [...this.waiters]) waiter.done(false);
  }
}
