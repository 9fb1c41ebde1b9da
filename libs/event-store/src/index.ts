export * from './port/event-store';
export * from './port/errors';
export * from './port/expected-revision';
export * from './port/position';
export * from './chain';
export * from './sqlite';
export * from './esdb/event-store-db-event-store';
export * from './open-event-store';
