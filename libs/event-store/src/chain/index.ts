export * from './event-hash';
export * from './verify-chain';
export * from './verify-stream-chain';
export * from './audit-chains';
export * from './chain-anchor';
export * from './chain-audit-report';
