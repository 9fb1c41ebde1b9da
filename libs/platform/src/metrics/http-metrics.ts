import type { FastifyInstance } from 'fastify';
import { LedgerMetrics } from './ledger-metrics';

/** Requests that matched no route share one label, so that scanned URLs cannot grow the series without bound. */
const UNMATCHED_ROUTE = 'unmatched';

/** Counts and times every answer by its route's template (/v1/companies/:companyId, never the raw URL). */
export function measureRequests(fastify: FastifyInstance, metrics: LedgerMetrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}
