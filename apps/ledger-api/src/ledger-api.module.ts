import { Module } from '@nestjs/common';
import { ArticlesController } from './articles.controller';
import { CompaniesController } from './companies.controller';
import { DisclosuresController } from './disclosures.controller';
import { ledgerProvider } from './ledger.provider';

/** The write side over HTTP. Expects the EventStore (StoreModule) to be provided by the importing app. */
@Module({
  controllers: [CompaniesController, DisclosuresController, ArticlesController],
  providers: [ledgerProvider],
})
export class LedgerApiModule {}
