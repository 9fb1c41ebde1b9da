import { Position, parsePosition } from '@ledger/event-store';

export interface RebuildProgress {
  state: 'building' | 'sealing' | 'done' | 'failed';
  events: number;
  /** Events in the log up to the target, when positions count events (the embedded store); else null. */
  total: number | null;
  position: Position | null;
  target: Position | null;
  elapsedMs: number;
  eventsPerSecond: number;
  /** null until there is a rate to go by, or when the target is unknown. */
  etaMs: number | null;
}

/** Turns events applied and positions reached into a rate and an estimated time left. */
export class ProgressMeter {
  private readonly startedAt = performance.now();
  private readonly targetCommit: number | null;
  readonly total: number | null;

  constructor(private readonly target: Position | null) {
    const parts = target === null ? null : parsePosition(target);
    this.targetCommit = parts === null ? null : Number(parts.commit);
    this.total = parts !== null && parts.commit === parts.prepare ? Number(parts.commit) : null;
  }

  at(state: RebuildProgress['state'], events: number, position: Position | null): RebuildProgress {
    const elapsedMs = performance.now() - this.startedAt;
    const eventsPerSecond = elapsedMs > 0 ? (events * 1000) / elapsedMs : 0;
    return { state, events, total: this.total, position, target: this.target, elapsedMs, eventsPerSecond, etaMs: this.etaMs(position, elapsedMs) };
  }

  /** By log position rather than event count: positions of either store grow in proportion to the log. */
  private etaMs(position: Position | null, elapsedMs: number): number | null {
    if (this.targetCommit === null || position === null) return null;
    const reached = Number(parsePosition(position).commit);
    if (reached <= 0) return null;
    return Math.max(0, (elapsedMs * (this.targetCommit - reached)) / reached);
  }
}
