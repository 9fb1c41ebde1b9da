import { DynamicModule, Module } from '@nestjs/common';
import { READ_MODEL_SOURCE } from '@ledger/platform';
import { AdminChainAuditController } from './admin/admin-chain-audit.controller';
import { AdminProjectionFailuresController } from './admin/admin-projection-failures.controller';
import { AdminProjectionsController } from './admin/admin-projections.controller';
import { CompaniesQueryController } from './companies-query.controller';
import { CompanyStateController } from './company-state.controller';
import { DisclosuresQueryController } from './disclosures-query.controller';
import { ExplorerModule } from './explorer/explorer.module';
import { LiveModule } from './live/live.module';
import { MethodNotAllowedController } from './method-not-allowed.controller';
import { ProbesQueryController } from './probes-query.controller';
import { READ_STORE_FILE, ReadModel, STORE_LOCATION } from './read-model.service';

/**
 * The query service: its own projector into its own read store, the read routes, and the web explorer at `/`. Expects the
 * EventStore (StoreModule) to be provided by the importing app.
 */
@Module({
  imports: [LiveModule, ExplorerModule],
  controllers: [
    AdminChainAuditController,
    AdminProjectionsController,
    AdminProjectionFailuresController,
    CompaniesQueryController,
    CompanyStateController,
    DisclosuresQueryController,
    ProbesQueryController,
    MethodNotAllowedController,
  ],
  providers: [ReadModel],
})
export class QueryApiModule {
  /** `file`: this replica's read store (LEDGER_READ_STORE); `store`: where its projector thread reads the log (LEDGER_STORE). */
  static forReadStore(file: string, store: string): DynamicModule {
    return {
      module: QueryApiModule,
      providers: [
        { provide: READ_STORE_FILE, useValue: file },
        { provide: STORE_LOCATION, useValue: store },
        { provide: READ_MODEL_SOURCE, useExisting: ReadModel },
      ],
      // For the app's readiness check.
      exports: [READ_MODEL_SOURCE],
    };
  }
}
