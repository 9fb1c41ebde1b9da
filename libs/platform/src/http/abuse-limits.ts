import type { FastifyInstance } from 'fastify';
import type { LimitsConfig } from '../config/access-config';
import { clientOf } from '../auth/request-key';
import { capLiveStreams } from './live-stream-cap';
import { securityHeaders } from './security-headers';
import { tooManyRequests } from './too-many-requests';

/**
 * Security headers on every answer, and CORS for the configured origins only. Registered before the
 * access hook: a refusal carries the headers too, and a browser's preflight (which never carries a key)
 * is answered before any key is asked for.
 */
export async function registerBrowserSecurity(fastify: FastifyInstance, limits: LimitsConfig): Promise<void> {
  const headers = await securityHeaders();
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  if (limits.corsOrigins.length > 0) {
    const { default: cors } = await import('@fastify/cors');
    await fastify.register(cors, { origin: limits.corsOrigins, exposedHeaders: ['etag', 'location', 'retry-after'] });
  }
}

/**
 * Request rates per key (per address without one) and a cap on open live streams per client.
 * Registered after the access hook, which identifies the key they count against; the rate limit
 * attaches itself to each route as the route is added.
 */
export async function registerRequestLimits(fastify: FastifyInstance, limits: LimitsConfig): Promise<void> {
  if (limits.rateLimitRequests > 0) {
    const { default: rateLimit } = await import('@fastify/rate-limit');
    await fastify.register(rateLimit, {
      max: limits.rateLimitRequests,
      timeWindow: limits.rateLimitWindowMs,
      keyGenerator: clientOf,
      errorResponseBuilder: (_request, context) =>
        tooManyRequests(`more than ${context.max} requests in ${limits.rateLimitWindowMs} ms; retry after ${context.after}`, Math.ceil(context.ttl / 1000)),
    });
  }
  capLiveStreams(fastify, limits.liveStreamsPerClient);
}
