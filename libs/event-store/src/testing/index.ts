// Test helpers other packages' tests use, as '@ledger/event-store/testing'; never part of a build.
export { tempStoreFile } from './temp-store-file';
export type { TempStoreFile } from './temp-store-file';
export { appendGeneratedLedger, generatedCompanyId, generatedLedger } from './generated-ledger';
export type { GeneratedLedgerShape } from './generated-ledger';
