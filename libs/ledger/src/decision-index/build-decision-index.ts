import { COMPANY_STREAMS, companyIdFromStream } from '@ledger/disclosures';
import type { EventStore } from '@ledger/event-store';
import { DecisionIndex, IndexedEvent } from './decision-index';
import { indexedEvent } from './decision-states';

/** Events applied per transaction: bounds the memory of a build, whatever the size of the log. */
const EVENTS_PER_TRANSACTION = 20_000;

/**
 * Brings the index up to the whole log in one pass over it (rather than company by company on each
 * first write): for a new or lost index on a large ledger. Events the index already holds are skipped.
 * Returns the number of events read.
 */
export async function buildDecisionIndex(store: EventStore, index: DecisionIndex, onProgress?: (eventsRead: number) => void): Promise<number> {
  let read = 0;
  let pending = new Map<string, IndexedEvent[]>();
  let pendingCount = 0;
  const flush = () => {
    index.applyAll(pending);
    pending = new Map();
    pendingCount = 0;
    onProgress?.(read);
  };
  for await (const recorded of store.readAll({ filter: COMPANY_STREAMS })) {
    const companyId = companyIdFromStream(recorded.streamId);
    if (companyId === null) continue;
    read++;
    const events = pending.get(companyId);
    if (events) events.push(indexedEvent(recorded));
    else pending.set(companyId, [indexedEvent(recorded)]);
    if (++pendingCount >= EVENTS_PER_TRANSACTION) flush();
  }
  flush();
  return read;
}
