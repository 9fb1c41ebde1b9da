import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventStore, OpenEventStoreOptions, openEventStore } from '@ledger/event-store';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { measureAppends } from '../metrics/measured-appends';
import { EVENT_STORE } from './event-store.token';

@Global()
@Module({})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Provides the event store at `location` (a file path or an esdb:// connection string); measured when the app has metrics. */
  static forLocation(location: string, options: Pick<OpenEventStoreOptions, 'maxPages'> = {}): DynamicModule {
    return {
      module: StoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [{ token: LedgerMetrics, optional: true }],
          useFactory: async (metrics?: LedgerMetrics) => {
            const store = await openEventStore(location, options);
            if (!metrics) return store;
            metrics.watchStore(store);
            return measureAppends(store, metrics);
          },
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
