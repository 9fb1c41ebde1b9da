import 'reflect-metadata';
import { HealthController, StoreModule, serve } from '@ledger/platform';
import { QueryApiModule } from './query-api.module';

/** The query service alone, against any store: one replica with its own read store. */
void serve('query-api', (config) => ({
  module: class QueryApiApp {},
  imports: [StoreModule.forLocation(config.store, { maxPages: config.storeMaxPages }), QueryApiModule.forReadStore(config.readStore, config.store)],
  controllers: [HealthController],
}));
