import type { FastifyInstance } from 'fastify';
import { clientOf } from '../auth/request-key';
import { tooManyRequests } from './too-many-requests';

/** The live streams' routes (GET /v1/streams/...): each holds its connection open for as long as the client listens. */
const LIVE_STREAM_PREFIX = '/v1/streams/';
/** A client refused for holding too many streams may try again once one of them has ended. */
const RETRY_AFTER_SECONDS = 5;

/** Refuses (429) a live stream beyond `perClient` open at once for one key, or one address without a key. */
export function capLiveStreams(fastify: FastifyInstance, perClient: number): void {
  const open = new Map<string, number>();
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(LIVE_STREAM_PREFIX)) return;
    const client = clientOf(request);
    const count = open.get(client) ?? 0;
    if (count >= perClient) throw tooManyRequests(`at most ${perClient} live streams may be open at once per client; close one first`, RETRY_AFTER_SECONDS);
    open.set(client, count + 1);
    reply.raw.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  });
}
