import { randomUUID } from 'node:crypto';
import type { EventStore } from '@ledger/event-store';
import { Ledger } from '@ledger/ledger';

export function newLedger(store: EventStore): Ledger {
  return new Ledger({ store, clock: () => new Date(), newId: randomUUID, recordedBy: 'ledgerctl' });
}
