import { parseConnectionString } from '@eventstore/db-client/dist/Client/parseConnectionString';
import { isEventStoreDbLocation, toClientConnectionString } from '@ledger/event-store';
import { Refusal, quote } from './config-error';
import { URL_LIKE } from './value-parsers';

const ESDB_FORM = 'esdb://host:2113?tls=false, esdb://user:password@host1,host2?key=value, esdb+discover://, kurrentdb:// or kurrent://';

/**
 * The event store's location, checked without touching anything: an EventStoreDB connection string the
 * client can parse, or something that can only be a file path.
 */
export function storeLocation(location: string): string {
  if (isEventStoreDbLocation(location)) checkConnectionString(location);
  else if (URL_LIKE.test(location)) throw new Refusal(`must be a SQLite file path or an EventStoreDB connection string (${ESDB_FORM}), got ${quote(location)}`);
  return location;
}

function checkConnectionString(location: string): void {
  const expected = `must be a valid EventStoreDB connection string (${ESDB_FORM})`;
  const warnings: string[] = [];
  const warn = console.warn;
  let hosts: { address: string; port: number }[];
  try {
    // The client warns on the console about an option it does not know, and ignores it: here it is an error.
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    hosts = parseConnectionString(toClientConnectionString(location)).hosts;
  } catch (error) {
    // Only the first line: the others repeat the connection string, which may hold a password.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Refusal(`${expected}: ${/^Unexpected "e" at position 0,/.test(reason) ? 'no host' : reason}`);
  } finally {
    console.warn = warn;
  }
  const unknown = warnings.map((warning) => /^Unknown option key "([^"]*)"/.exec(warning)?.[1]).find((key) => key !== undefined);
  if (unknown !== undefined) throw new Refusal(`${expected}: unknown option ${quote(unknown)}`);
  if (hosts.length === 0 || hosts.some((host) => host.address.trim() === '')) throw new Refusal(`${expected}: no host`);
  const badPort = hosts.find((host) => !Number.isInteger(host.port) || host.port < 1 || host.port > 65535);
  if (badPort) throw new Refusal(`${expected}: port ${badPort.port} of ${quote(badPort.address)} is not from 1 to 65535`);
}
