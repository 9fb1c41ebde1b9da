import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventStore, openEventStore } from '@ledger/event-store';
import { EVENT_STORE } from './event-store.token';

@Global()
@Module({})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Provides the event store at `location` (a file path or an esdb:// connection string). */
  static forLocation(location: string): DynamicModule {
    return {
      module: StoreModule,
      providers: [{ provide: EVENT_STORE, useFactory: () => openEventStore(location) }],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
