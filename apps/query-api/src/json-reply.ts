import type { FastifyReply } from 'fastify';

/** Sends JSON text that is already serialized (read models store their documents as JSON). */
export function sendJson(reply: FastifyReply, json: string): string {
  reply.header('content-type', 'application/json; charset=utf-8');
  return json;
}
