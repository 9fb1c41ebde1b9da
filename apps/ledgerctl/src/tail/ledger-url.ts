import { CliError } from '../cli-error';

export const DEFAULT_LEDGER_URL = 'http://localhost:3000';

/**
 * --url, else $LEDGER_URL, else the default; refused (exit 2) unless it is an http or https address,
 * since anything else would only fail again at each reconnection.
 */
export function ledgerUrl(option: string | undefined): string {
  const fromEnvironment = process.env.LEDGER_URL?.trim();
  const url = option ?? (fromEnvironment || DEFAULT_LEDGER_URL);
  const named = option !== undefined ? '--url' : '$LEDGER_URL';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(`${named} is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CliError(`${named} must be an http:// or https:// address, got ${JSON.stringify(url)}`);
  }
  return url;
}
