import 'reflect-metadata';
import { HealthController, StoreModule, serve } from '@ledger/platform';
import { LedgerApiModule } from '../../ledger-api/src/ledger-api.module';

/** The write API on the embedded store, in one process: what `npm start` runs. */
void serve('ledger', (config) => ({
  module: class StandaloneApp {},
  imports: [StoreModule.forLocation(config.store), LedgerApiModule],
  controllers: [HealthController],
}));
