import { authHeaders } from './bench-key';

// autocannon ships without type declarations: the part used here, typed.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  duration: number;
  non2xx: number;
  errors: number;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  requests: AutocannonRequest[];
}
type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

function loadResult(result: AutocannonResult): LoadResult {
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Drives `paths` round-robin with autocannon for `seconds`, over `connections` keep-alive connections. */
export async function loadTest(baseUrl: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  return loadResult(await autocannon({ url: baseUrl, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) }));
}

/** A JSON POST made afresh for each request; its answer is handed to `onResponse`. */
export interface PostLoad {
  connections: number;
  /** Runs this long, or until `amount` requests are answered. */
  seconds?: number;
  amount?: number;
  next: () => { path: string; body: string };
  onResponse?: (status: number, body: string) => void;
}

/** POSTs with autocannon, each request built by `next()`; requests/s is over the whole run. */
export async function postLoadTest(baseUrl: string, load: PostLoad): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections: load.connections,
    ...(load.amount !== undefined ? { amount: load.amount } : { duration: load.seconds }),
    requests: [
      {
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/json', ...authHeaders() },
        setupRequest: (request) => ({ ...request, ...load.next() }),
        onResponse: load.onResponse,
      },
    ],
  });
  return { ...loadResult(result), requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-3) };
}
