import { Provider } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventStore } from '@ledger/event-store';
import { DecisionIndex, Ledger } from '@ledger/ledger';
import { EVENT_STORE } from '@ledger/platform';

/** The write side's decision index, opened on the file of LEDGER_DECISION_INDEX. */
export const DECISION_INDEX = Symbol('DecisionIndex');

export function decisionIndexProvider(file: string): Provider {
  return { provide: DECISION_INDEX, useFactory: () => DecisionIndex.open(file) };
}

export const ledgerProvider: Provider = {
  provide: Ledger,
  inject: [EVENT_STORE, DECISION_INDEX],
  useFactory: (store: EventStore, decisions: DecisionIndex) =>
    new Ledger({ store, decisions, clock: () => new Date(), newId: randomUUID, recordedBy: 'ledger-api' }),
};
