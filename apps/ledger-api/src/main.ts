import 'reflect-metadata';
import { HealthController, StoreModule, serve } from '@ledger/platform';
import { LedgerApiModule } from './ledger-api.module';

void serve('ledger-api', (config) => ({
  module: class LedgerApiApp {},
  imports: [StoreModule.forLocation(config.store), LedgerApiModule],
  controllers: [HealthController],
}));
