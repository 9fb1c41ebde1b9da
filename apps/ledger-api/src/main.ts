import 'reflect-metadata';
import { HealthController, StoreModule, serve } from '@ledger/platform';
import { LedgerApiModule } from './ledger-api.module';

/** The write API alone: no read store, no live streams, so LEDGER_READ_STORE and LIVE_* do not apply. */
void serve(
  'ledger-api',
  (config) => ({
    module: class LedgerApiApp {},
    imports: [StoreModule.forLocation(config.store, { maxPages: config.storeMaxPages }), LedgerApiModule.forDecisionIndex(config.decisionIndex)],
    controllers: [HealthController],
  }),
  { readStore: false, live: false, decisionIndex: true },
);
