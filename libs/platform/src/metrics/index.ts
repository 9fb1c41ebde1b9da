export * from './ledger-metrics';
export * from './measured-appends';
export * from './http-metrics';
export * from './operations.module';
export * from './readiness';
export type { LiveSource, ReadModelSource, StoreSource } from './metric-sources';
