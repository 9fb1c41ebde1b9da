// The platform's parts that load no framework, as '@ledger/platform/framework-free': for the command line,
// which starts without NestJS, and for unit tests, whose module loader cannot load NestJS's ES modules.
export * from './config/ledger-config';
export { checkStoreLocation } from './config/store-locations';
export { MAX_BODY_BYTES } from './http/body-limit';
export * from './http/problem';
export * from './http/status-problem';
export { loadAccessConfig } from './config/access-config';
export { ApiKeyStore, KeyStoreError } from './auth/api-key-store';
export { KeysFileError } from './auth/keys-file';
export { SCOPES, Scope } from './auth/scopes';
export { adminKeyFile } from './auth/first-admin-key';
export { invalidRequest, validBody } from './http/valid-request';
export { NotInSchemas } from './http/schema-exclusions';
