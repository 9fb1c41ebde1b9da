import { CompanyEvent, CompanyState, companyStream, toCompanyEvent } from '@ledger/disclosures';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { DecisionIndex, IndexedEvent } from './decision-index';

/**
 * The company's decision state, from the decision index brought up to the stream: the events after
 * the index's revision (written by another process, or lost by a crash before the index took them)
 * are read from the stream and applied first. A cold write reads the stream's tail, never its whole.
 */
export class DecisionStates {
  /**
   * Companies whose index tip this process has checked against the stream, most recent last. Once
   * checked, the tail is read from the revision after the tip: reading the tip again would parse an
   * event on every write. Bounded: a company dropped from it is checked again on its next write.
   */
  private readonly checked = new Set<string>();
  /**
   * What this process appended and the index has not yet taken in, by company. The appends a group
   * commit answers are all answered in one turn: their index rows are written together at the end of
   * it, in one transaction instead of one each, and before any read of the index.
   */
  private unapplied = new Map<string, IndexedEvent[]>();
  private applyScheduled = false;

  constructor(
    private readonly store: EventStore,
    private readonly index: DecisionIndex,
    private readonly checkedCapacity = 10_000,
  ) {}

  /**
   * The state holding the company's registration, revision and the disclosures `ids` (lowercase).
   * Caught up with the stream first when `fresh`, or when this process has not yet checked the
   * company's index against the stream; otherwise as the index holds it, which may be behind writes
   * of other processes (an append at its revision then fails, and the caller asks again, fresh).
   */
  async load(companyId: string, ids: readonly string[], fresh = true): Promise<CompanyState> {
    this.applyAppended();
    if (fresh || !this.checked.has(companyId)) await this.catchUp(companyId);
    return this.index.state(companyId, ids);
  }

  /** Takes in the events this process has just appended, the first at revision `first`. */
  appended(companyId: string, first: number, ids: readonly string[], events: readonly CompanyEvent[]): void {
    const taken = events.map((event, i) => ({ revision: first + i, id: ids[i], event }));
    const queued = this.unapplied.get(companyId);
    if (queued) queued.push(...taken);
    else this.unapplied.set(companyId, taken);
    if (!this.applyScheduled) {
      this.applyScheduled = true;
      setImmediate(() => this.applyAppended());
    }
  }

  /**
   * Writes what was appended since the last time into the index, every company in one transaction.
   * The index is a cache of the log: if it cannot be written, the companies are checked against their
   * streams again on their next write, which reads what the index lacks.
   */
  private applyAppended(): void {
    this.applyScheduled = false;
    if (this.unapplied.size === 0) return;
    const byCompany = this.unapplied;
    this.unapplied = new Map();
    try {
      this.index.applyAll(byCompany);
    } catch {
      for (const companyId of byCompany.keys()) this.checked.delete(companyId);
    }
  }

  private async catchUp(companyId: string): Promise<void> {
    const stream = companyStream(companyId);
    const tip = this.index.tip(companyId);
    if (tip && this.checked.has(companyId)) {
      this.index.apply(companyId, (await this.store.readStream(stream, { fromRevision: tip.revision + 1 })).map(indexedEvent));
      return;
    }
    // Read from the tip itself, to check it is the event the index took in (not another store's stream).
    let read = await this.store.readStream(stream, { fromRevision: tip?.revision ?? 0 });
    if (tip && read[0]?.id.toLowerCase() !== tip.id.toLowerCase()) {
      this.index.forget(companyId);
      read = await this.store.readStream(stream);
    } else if (tip) read = read.slice(1);
    this.index.apply(companyId, read.map(indexedEvent));
    this.markChecked(companyId);
  }

  private markChecked(companyId: string): void {
    this.checked.add(companyId);
    if (this.checked.size > this.checkedCapacity) this.checked.delete(this.checked.values().next().value as string);
  }
}

export function indexedEvent(recorded: RecordedEvent): IndexedEvent {
  const event = toCompanyEvent(recorded.type, recorded.data);
  if (!event) throw new Error(`${recorded.streamId}@${recorded.revision}: unknown event type ${recorded.type}`);
  return { revision: recorded.revision, id: recorded.id, event };
}
