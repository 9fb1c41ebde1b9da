import { isIP } from 'node:net';
import { Refusal, quote } from './config-error';

/**
 * A whole number written in decimal digits only, from `min` to `max`: "1e3", "0x10", "1.0", "+5" and
 * numbers beyond `max` are refused rather than read as something else.
 */
export function wholeNumber(options: { min: number; max: number; unit: string }): (text: string) => number {
  return (text) => {
    const value = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < options.min || value > options.max) {
      throw new Refusal(`must be a whole number ${options.unit} from ${options.min} to ${options.max} (digits only), got ${quote(text)}`);
    }
    return value;
  };
}

export function tcpPort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new Refusal(`must be a TCP port number from 0 to 65535 (0 picks a free one), got ${quote(text)}`);
  return Number(text);
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** An IPv4 or IPv6 address (brackets allowed around the latter) or a DNS host name. */
export function hostName(text: string): string {
  const unbracketed = /^\[.*\]$/.test(text) ? text.slice(1, -1) : text;
  if (isIP(unbracketed) !== 0) return unbracketed;
  const labels = unbracketed.replace(/\.$/, '').split('.');
  // A name whose last label is all digits would be an IPv4 address, and this one is not a valid one.
  const isHostName = unbracketed.length <= 253 && labels.every((label) => HOST_LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
  if (!isHostName) throw new Refusal(`must be an IP address (such as 0.0.0.0, 127.0.0.1 or ::) or a host name of this machine, got ${quote(text)}`);
  return unbracketed;
}

/** One of `values` (in any case with `anyCase`); `meaning` explains them when given, else they are listed. */
export function oneOf<T extends string>(values: readonly T[], options: { meaning?: string; anyCase?: boolean } = {}): (text: string) => T {
  const { meaning, anyCase = false } = options;
  return (text) => {
    const value = anyCase ? text.toLowerCase() : text;
    if (!(values as readonly string[]).includes(value)) throw new Refusal(`must be ${meaning ?? `one of ${values.join(', ')}`}, got ${quote(text)}`);
    return value as T;
  };
}

/** Any non-blank text. */
export function text(value: string): string {
  return value;
}

/** An http:// or https:// address. */
export function httpUrl(text: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(text);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') throw new Refusal(`must be an http:// or https:// address, got ${quote(text)}`);
  return text;
}

/** Comma-separated web origins (scheme, host and port only), as a browser sends them in Origin. */
export function originList(text: string): string[] {
  return text.split(',').map((origin) => webOrigin(origin.trim()));
}

function webOrigin(origin: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin !== origin.replace(/\/$/, '')) {
    throw new Refusal(`must be a comma-separated list of origins such as https://example.org or http://localhost:5173, got ${quote(origin)}`);
  }
  return parsed.origin;
}

/** `scheme://…`, or an EventStoreDB scheme without its slashes: never meant as a file name. */
export const URL_LIKE = /^([a-z][a-z0-9+.-]*:\/\/|(esdb|kurrentdb|kurrent)(\+discover)?:)/i;

/** The path of a SQLite file of this process (`what` it holds): never a URL. */
export function sqliteFile(what: string): (text: string) => string {
  return (text) => {
    if (URL_LIKE.test(text)) throw new Refusal(`must be the path of a SQLite file (${what}), got ${quote(text)}`);
    return text;
  };
}
