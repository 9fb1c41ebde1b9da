import { Module } from '@nestjs/common';
import { CompaniesController } from './companies.controller';
import { DisclosuresController } from './disclosures.controller';
import { ledgerProvider } from './ledger.provider';

/** The write side over HTTP. Expects the EventStore (StoreModule) to be provided by the importing app. */
@Module({
  controllers: [CompaniesController, DisclosuresController],
  providers: [ledgerProvider],
})
export class LedgerApiModule {}
