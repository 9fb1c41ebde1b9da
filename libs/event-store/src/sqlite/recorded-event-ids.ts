import { Statements } from './statements';

/**
 * Every event id in the file and its position, held in memory by a writer (see the schema for why).
 * Loaded on the first append; then kept current by the writer itself, and caught up with what other
 * processes appended whenever a write transaction finds positions it did not write.
 */
export class RecordedEventIds {
  private readonly positions = new Map<string, number>();
  /** Every position up to this one is in `positions`. */
  private knownUpTo = 0;
  private loaded = false;

  constructor(private readonly statements: Statements) {}

  /** Reads the ids of the whole log once; cheap to call again. */
  load(): void {
    if (this.loaded) return;
    this.catchUpTo(this.statements.headPosition.get() ?? 0);
    this.loaded = true;
  }

  /** The position an id was recorded at, if it was. */
  positionOf(id: string): number | undefined {
    return this.positions.get(id);
  }

  /**
   * Inside a write transaction, after inserting at `firstPosition`: reads the ids other processes
   * wrote since this one last looked. True when there were any.
   */
  catchUpBefore(firstPosition: number): boolean {
    if (firstPosition === this.knownUpTo + 1) return false;
    this.catchUpTo(firstPosition - 1);
    return true;
  }

  /** Events this process has committed, at consecutive positions from `firstPosition`. */
  committed(events: readonly { id: string }[], firstPosition: number): void {
    for (let i = 0; i < events.length; i++) this.positions.set(events[i].id, firstPosition + i);
    this.knownUpTo = Math.max(this.knownUpTo, firstPosition + events.length - 1);
  }

  private catchUpTo(position: number): void {
    for (const [at, id] of this.statements.idsBetween.all(this.knownUpTo, position)) this.positions.set(id, at);
    this.knownUpTo = Math.max(this.knownUpTo, position);
  }
}
