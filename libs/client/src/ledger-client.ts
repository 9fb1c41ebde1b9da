import createClient, { Client } from 'openapi-fetch';
import type { paths } from './generated/ledger-api';
import { RetryOptions, retryingFetch } from './retry-unavailable';

export interface LedgerClientOptions {
  /** The ledger's address, e.g. http://localhost:3000. */
  baseUrl: string;
  /** Headers sent with every request (an Authorization header, say). */
  headers?: Record<string, string>;
  retry?: RetryOptions;
  /** The fetch to send requests with; the global one by default. */
  fetch?: (request: Request) => Promise<Response>;
}

export type LedgerClient = Client<paths>;

/**
 * A typed client of the write and query APIs: paths, parameters, bodies and answers are typed from the
 * ledger's OpenAPI document. 503 and 429 are retried after their Retry-After.
 *
 *     const ledger = createLedgerClient({ baseUrl: 'http://localhost:3000' });
 *     const { data, error } = await ledger.GET('/v1/companies/{companyId}', { params: { path: { companyId: 'acme' } } });
 */
export function createLedgerClient(options: LedgerClientOptions): LedgerClient {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: options.headers,
    fetch: retryingFetch(send, options.retry),
  });
}
