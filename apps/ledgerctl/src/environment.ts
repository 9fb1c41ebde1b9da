import { ConfigError, SettingName, Settings, readSetting } from '@ledger/settings';
import { CliError } from './cli-error';

/** A setting of the environment, read through its declaration; a malformed one is a usage error naming it (exit 2). */
export function fromEnvironment<N extends SettingName>(name: N): Settings<N>[N] {
  try {
    return readSetting(name);
  } catch (error) {
    throw error instanceof ConfigError ? new CliError(`$${error.message}`) : error;
  }
}

/** Whether the environment sets `name` (not blank). */
export function isSetInEnvironment(name: SettingName): boolean {
  return (process.env[name]?.trim() ?? '') !== '';
}
