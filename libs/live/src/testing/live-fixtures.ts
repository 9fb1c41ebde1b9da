import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Observable } from 'rxjs';
import { EventStore, RecordedEvent, SqliteEventStore } from '@ledger/event-store';

export interface TempStore {
  store: SqliteEventStore;
  dispose(): Promise<void>;
}

export function openTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'live-'));
  const store = SqliteEventStore.open(join(dir, 'events.db'), { synchronous: 'NORMAL' });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Appends one event of `type` to the company's stream; resolves with its position. */
export async function appendTo(store: EventStore, companyId: string, type = 'OtherDisclosure'): Promise<string> {
  const id = randomUUID();
  const result = await store.append(`company-${companyId}`, [{ id, type, data: { companyId, disclosureId: id, facts: { summary: type } } }]);
  return result.position;
}

/** Collects what an observable emits, and waits for a count of it. */
export class Collector {
  readonly events: RecordedEvent[] = [];
  error: unknown;
  completed = false;
  private readonly subscription;

  constructor(source: Observable<RecordedEvent>) {
    this.subscription = source.subscribe({
      next: (event) => this.events.push(event),
      error: (error: unknown) => (this.error = error),
      complete: () => (this.completed = true),
    });
  }

  get positions(): string[] {
    return this.events.map((event) => event.position);
  }

  async waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    await waitUntil(
      () => this.events.length >= count || this.error !== undefined,
      timeoutMs,
      () => `${this.events.length} of ${count} events`,
    );
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the stream's error, rethrown unchanged
    if (this.error !== undefined) throw this.error;
  }

  /** Waits for the event at `position`: given a marker appended last, whatever came before it has arrived too. */
  async waitForPosition(position: string, timeoutMs = 10_000): Promise<void> {
    await waitUntil(
      () => this.positions.includes(position) || this.error !== undefined,
      timeoutMs,
      () => `the event at ${position}`,
    );
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the stream's error, rethrown unchanged
    if (this.error !== undefined) throw this.error;
  }

  unsubscribe(): void {
    this.subscription.unsubscribe();
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs: number, progress: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms ${progress()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
