import { ConfigError, SETTINGS, httpUrl, parseNamed } from '@ledger/settings';
import { CliError } from '../cli-error';
import { fromEnvironment } from '../environment';

export const DEFAULT_LEDGER_URL = String(SETTINGS.LEDGER_URL.default);

/**
 * --url, else $LEDGER_URL, else the default; refused (exit 2) unless it is an http or https address,
 * since anything else would only fail again at each reconnection.
 */
export function ledgerUrl(option: string | undefined): string {
  if (option === undefined) return fromEnvironment('LEDGER_URL');
  try {
    return parseNamed('--url', httpUrl, option);
  } catch (error) {
    throw error instanceof ConfigError ? new CliError(error.message) : error;
  }
}
