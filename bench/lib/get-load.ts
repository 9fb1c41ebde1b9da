import { LoadResult, loadTest } from './autocannon-run';
import { usesWrk, wrkGets } from './wrk-run';

/** GETs `paths` round-robin over `connections` keep-alive connections for `seconds`. */
export async function getLoad(baseUrl: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  if (!usesWrk()) return loadTest(baseUrl, paths, connections, seconds);
  const result = await wrkGets(baseUrl, paths, connections, seconds);
  return {
    requestsPerSecond: (result.requests * 1000) / result.durationMs,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    non2xx: result.non2xx,
    errors: result.socketErrors,
  };
}
