export * from './ledger';
export * from './write-context';
export * from './write-error';
export { DecisionIndex } from './decision-index/decision-index';
export { buildDecisionIndex } from './decision-index/build-decision-index';
