import { LedgerClient, createLedgerClient } from '@ledger/client';
import { adminKeyFor } from './api-keys';
import { apiContract, parsedBody } from './openapi-contract';

/** A fetch that checks every answer against the OpenAPI document before handing it over. */
export async function contractCheckedFetch(request: Request): Promise<Response> {
  const key = adminKeyFor(request.url);
  if (key && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${key}`);
  const response = await fetch(request);
  const accept = request.headers.get('accept') ?? '';
  // A live stream's body never ends: its status and headers are checked, its messages are not JSON.
  const body = response.status === 200 && accept.includes('event-stream') ? undefined : parsedBody(await response.clone().text());
  const url = new URL(request.url);
  apiContract().check({ method: request.method, path: url.pathname, status: response.status, header: (name) => response.headers.get(name) ?? undefined, body });
  return response;
}

/** The typed client as an application would use it, with its answers checked against the document. */
export function ledgerClient(baseUrl: string): LedgerClient {
  return createLedgerClient({ baseUrl, fetch: contractCheckedFetch, retry: { retries: 0 } });
}
