import { Command } from 'commander';
import type { LiveMessage } from '@ledger/live';
import { followLive } from '../tail/follow-live';
import { DEFAULT_LEDGER_URL, ledgerUrl } from '../tail/ledger-url';
import { KEYS_FILE_HELP, apiKeyForRequests } from '../keys-location';
import { STORE_OPTION_HELP } from '../store-option';

interface TailOptions {
  url?: string;
  company?: string;
  types?: string;
  from?: string;
  json?: boolean;
  store?: string;
  keysFile?: string;
}

/** Talks to a running ledger over HTTP: it never opens the store itself. */
export function tailCommand(): Command {
  return new Command('tail')
    .description('print disclosures as the ledger records them; reconnects after a drop and resumes where it stopped')
    .option('--url <url>', `the ledger's HTTP address (default: $LEDGER_URL or ${DEFAULT_LEDGER_URL})`)
    .option('--company <companyId>', "only this company's disclosures")
    .option('--types <types>', 'only these event types, comma-separated')
    .option('--from <position>', 'start strictly after this log position, or "start" for the whole log (default: from now)')
    .option('--json', 'one JSON object per line: {id, event, data}')
    .option('--store <location>', `${STORE_OPTION_HELP}; the API key sent is $LEDGER_API_KEY, else the admin key beside its keys file`)
    .option('--keys-file <file>', KEYS_FILE_HELP)
    .action(async (options: TailOptions) => {
      const url = ledgerUrl(options.url);
      const key = apiKeyForRequests(options);
      const stop = new AbortController();
      const interrupt = () => stop.abort();
      process.once('SIGINT', interrupt);
      process.once('SIGTERM', interrupt);
      try {
        await followLive({
          url,
          headers: key ? { authorization: `Bearer ${key}` } : undefined,
          company: options.company,
          types: options.types,
          from: options.from,
          signal: stop.signal,
          onMessage: (message) => process.stdout.write(`${options.json ? JSON.stringify(message) : describe(message)}\n`),
          onNotice: (text) => process.stderr.write(`ledgerctl tail: ${text}\n`),
        });
      } finally {
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
      }
    });
}

function describe({ id, event, data }: LiveMessage): string {
  const { type: _type, companyId, revision, position: _position, recordedAt, ...rest } = data;
  const what = 'facts' in rest ? rest.facts : rest;
  return `${id}  ${recordedAt}  ${companyId}@${revision}  ${event}  ${JSON.stringify(what)}`;
}
