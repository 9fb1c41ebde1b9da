import { isIP } from 'node:net';

/**
 * A setting of the environment that is malformed or unusable: its message is one line that names the
 * variable and the form it expects, printed as it is when a server refuses to start.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The variable's text, trimmed; undefined when unset or blank (the default then applies). */
export function settingText(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const text = env[name]?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/**
 * A whole number written in decimal digits only, from `min` to `max`: "1e3", "0x10", "1.0", "+5" and
 * numbers beyond `max` are refused rather than read as something else.
 */
export function integerSetting(env: NodeJS.ProcessEnv, name: string, options: { min: number; max: number; fallback: number; unit?: string }): number {
  const text = settingText(env, name);
  if (text === undefined) return options.fallback;
  const value = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < options.min || value > options.max) {
    const unit = options.unit ? ` ${options.unit}` : '';
    throw new ConfigError(`${name} must be a whole number${unit} from ${options.min} to ${options.max} (digits only), got ${quote(text)}`);
  }
  return value;
}

export function portSetting(env: NodeJS.ProcessEnv, name = 'PORT', fallback = 3000): number {
  const text = settingText(env, name);
  if (text === undefined) return fallback;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new ConfigError(`${name} must be a TCP port number from 0 to 65535 (0 picks a free one), got ${quote(text)}`);
  }
  return Number(text);
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** An IPv4 or IPv6 address (brackets allowed around the latter) or a DNS host name. */
export function hostSetting(env: NodeJS.ProcessEnv, name = 'HOST', fallback = '0.0.0.0'): string {
  const text = settingText(env, name);
  if (text === undefined) return fallback;
  const unbracketed = /^\[.*\]$/.test(text) ? text.slice(1, -1) : text;
  if (isIP(unbracketed) !== 0) return unbracketed;
  const labels = unbracketed.replace(/\.$/, '').split('.');
  // A name whose last label is all digits would be an IPv4 address, and this one is not a valid one.
  const isHostName = unbracketed.length <= 253 && labels.every((label) => HOST_LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
  if (!isHostName) {
    throw new ConfigError(`${name} must be an IP address (such as 0.0.0.0, 127.0.0.1 or ::) or a host name of this machine, got ${quote(text)}`);
  }
  return unbracketed;
}

/** A value for an error message: quoted, without control characters, shortened, without URL credentials. */
export function quote(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const safe = text.replace(/\/\/[^/@?#]*@/, '//***@').replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(safe.length > 200 ? `${safe.slice(0, 200)}…` : safe);
}
