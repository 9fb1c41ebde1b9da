// Test and benchmark helpers other packages use, as '@ledger/projections/testing'; never part of a build.
export { appendGeneratedLedger, generatedCompanyId, generatedLedger } from './generated-ledger';
export type { GeneratedLedgerShape } from './generated-ledger';
