import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fastifyErrorDetail } from './fastify-error';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { statusProblem } from './status-problem';

/**
 * Answers what Fastify's router rejects before any route, hook or Nest filter runs (a malformed URL, an
 * over-long path parameter) with a problem document, like every other error.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  const body = statusProblem(status, {
    detail: status < 500 ? fastifyErrorDetail(error, request.headers) : 'the request could not be routed',
    instance: request.url,
  });
  void reply.status(status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
