import { withAdminKey } from './api-keys';
import { apiContract, parsedBody } from './openapi-contract';

/** A response read whole: status, headers and the parsed JSON body (or the text when it is not JSON). */
export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export async function request<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResponse<T>> {
  const raw = typeof body === 'string' || body instanceof Uint8Array;
  headers = withAdminKey(baseUrl, headers);
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : raw ? (body as string) : JSON.stringify(body),
  });
  const parsed = parsedBody(await response.text());
  // Every answer an end-to-end test receives must be one the OpenAPI document describes.
  apiContract().check({ method, path, status: response.status, header: (name) => response.headers.get(name) ?? undefined, body: parsed });
  return { status: response.status, headers: response.headers, body: parsed as T };
}

export function client(baseUrl: string) {
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => request<T>(baseUrl, 'GET', path, undefined, headers),
    post: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => request<T>(baseUrl, 'POST', path, body, headers),
  };
}
