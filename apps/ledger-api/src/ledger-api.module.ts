import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DecisionIndex } from '@ledger/ledger';
import { ArticlesController } from './articles.controller';
import { CompaniesController } from './companies.controller';
import { DisclosuresController } from './disclosures.controller';
import { DECISION_INDEX, decisionIndexProvider, ledgerProvider } from './ledger.provider';

/** The write side over HTTP. Expects the EventStore (StoreModule) to be provided by the importing app. */
@Module({})
export class LedgerApiModule implements OnApplicationShutdown {
  constructor(@Inject(DECISION_INDEX) private readonly decisions: DecisionIndex) {}

  /** With its decision index in the SQLite file `decisionIndex` (LEDGER_DECISION_INDEX). */
  static forDecisionIndex(decisionIndex: string): DynamicModule {
    return {
      module: LedgerApiModule,
      controllers: [CompaniesController, DisclosuresController, ArticlesController],
      providers: [decisionIndexProvider(decisionIndex), ledgerProvider],
    };
  }

  onApplicationShutdown(): void {
    this.decisions.close();
  }
}
