export * from './port/event-store';
export * from './port/errors';
export * from './port/expected-revision';
export * from './port/position';
