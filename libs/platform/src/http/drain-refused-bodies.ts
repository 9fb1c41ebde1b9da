import type { FastifyInstance } from 'fastify';

/** The most of a refused body read and discarded so that its sender gets the answer. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * A body refused as too large (413) is answered before it has been read, and Fastify then closes the
 * connection: a client still sending gets its write refused (EPIPE) or the connection reset, and never
 * reads the answer. When the body announces a length up to DRAIN_LIMIT_BYTES, the connection is kept
 * instead, and Node reads and discards the rest of the body once the answer is sent; a larger or
 * unannounced body still closes it.
 */
export function drainRefusedBodies(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 413 && Number(request.headers['content-length']) <= DRAIN_LIMIT_BYTES) reply.removeHeader('connection');
    return payload;
  });
}
