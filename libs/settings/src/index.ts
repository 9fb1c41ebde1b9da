export { ConfigError, Refusal, parseNamed, quote } from './config-error';
export { LOG_LEVELS, LogLevel, SETTINGS, SettingName } from './declared-settings';
export { Settings, readSetting, readSettings } from './read-settings';
export { storeLocation } from './store-location';
export { httpUrl, sqliteFile } from './value-parsers';
export { DEFAULT_FAILURE_POLICIES, FailurePolicies, FailurePolicy, failurePolicyOf } from './failure-policy-setting';
