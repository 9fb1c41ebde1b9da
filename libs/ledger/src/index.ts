export * from './ledger';
export * from './write-context';
export * from './write-error';
