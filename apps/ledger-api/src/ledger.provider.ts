import { Provider } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventStore } from '@ledger/event-store';
import { Ledger } from '@ledger/ledger';
import { EVENT_STORE } from '@ledger/platform';

export const ledgerProvider: Provider = {
  provide: Ledger,
  inject: [EVENT_STORE],
  useFactory: (store: EventStore) => new Ledger({ store, clock: () => new Date(), newId: randomUUID, recordedBy: 'ledger-api' }),
};
