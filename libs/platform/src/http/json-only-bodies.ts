import type { FastifyInstance } from 'fastify';
import { parseJsonBody } from './parse-json-body';

/**
 * Leaves `application/json` as the only body Fastify reads: every other media type (forms, text, none) gets
 * its 415. The body arrives as bytes so that its encoding is checked before it becomes text.
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer, request.headers));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
