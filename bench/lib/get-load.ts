import { LoadResult, loadTest } from './autocannon-run';
import { hasWrk, wrkGets } from './wrk-run';

/** Which load generator `getLoad` uses: wrk when installed (BENCH_LOAD=autocannon to compare). */
export const GET_LOAD_GENERATOR =
  process.env.BENCH_LOAD !== 'autocannon' && hasWrk() ? 'wrk (C, 2 threads, a process of its own)' : 'autocannon (JavaScript, in the benchmark process)';

/** GETs `paths` round-robin over `connections` keep-alive connections for `seconds`. */
export async function getLoad(baseUrl: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  if (GET_LOAD_GENERATOR.startsWith('autocannon')) return loadTest(baseUrl, paths, connections, seconds);
  const result = await wrkGets(baseUrl, paths, connections, seconds);
  return {
    requestsPerSecond: (result.requests * 1000) / result.durationMs,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    non2xx: result.non2xx,
    errors: result.socketErrors,
  };
}
