import { LedgerClient, createLedgerClient } from '@ledger/client';
import { apiKey, authorization } from './api-key';

let current: { key: string; client: LedgerClient } | undefined;

/** The typed client of the ledger that served this page, sending this tab's API key; made again when the key changes. */
export function ledger(): LedgerClient {
  const key = apiKey();
  if (current?.key !== key) current = { key, client: createLedgerClient({ baseUrl: location.origin, headers: authorization() }) };
  return current.client;
}
