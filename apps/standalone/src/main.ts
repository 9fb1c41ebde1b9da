import 'reflect-metadata';
import { HealthController, StoreModule, serve } from '@ledger/platform';
import { LedgerApiModule } from '../../ledger-api/src/ledger-api.module';
import { QueryApiModule } from '../../query-api/src/query-api.module';

/** The write and query APIs on the embedded store, in one process: what `npm start` runs. */
void serve(
  'ledger',
  (config) => ({
    module: class StandaloneApp {},
    imports: [
      StoreModule.forLocation(config.store, { maxPages: config.storeMaxPages }),
      LedgerApiModule.forDecisionIndex(config.decisionIndex),
      QueryApiModule.forReadStore(config.readStore, config.store),
    ],
    controllers: [HealthController],
  }),
  { decisionIndex: true },
);
