import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EventIdConflictError, StoreUnavailableError, WrongExpectedRevisionError } from '@ledger/event-store';
import { fastifyErrorDetail, fastifyErrorIn } from './fastify-error';
import { Problem, PROBLEM_CONTENT_TYPE, ProblemException, problem } from './problem';
import { statusProblem } from './status-problem';

/** Every error leaves the API as application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { body, headers } = this.toProblem(exception, request);
    body.instance ??= request.url;
    if (exception instanceof StoreUnavailableError) this.logger.warn(`request ${request.id}: ${exception.message}`);
    else if (body.status >= 500) this.logger.error(`request ${request.id}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    if (reply.sent) return;
    reply.status(body.status).headers(headers).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown, request: FastifyRequest): { body: Problem; headers: Record<string, string> } {
    if (exception instanceof ProblemException) return { body: { ...exception.problem }, headers: exception.headers };
    const storeProblem = storeErrorToProblem(exception);
    if (storeProblem) return storeProblem;
    const status = clientErrorStatus(exception);
    if (status !== undefined) {
      const fastifyError = fastifyErrorIn(exception);
      const detail = fastifyError ? fastifyErrorDetail(fastifyError, request.headers) : (exception as Error).message;
      return { body: statusProblem(status, { detail }), headers: {} };
    }
    // The cause stays in the log: the client gets the id to quote, not the internals.
    return { body: statusProblem(500, { detail: `the request failed unexpectedly; it is logged as request ${request.id}` }), headers: {} };
  }
}

export const STORE_UNAVAILABLE_DETAIL = 'The event store cannot be reached just now; retry the request in a moment.';

/** The store's own errors: an outage (retry later) is never confused with a conflict (do not retry as is). */
function storeErrorToProblem(exception: unknown): { body: Problem; headers: Record<string, string> } | undefined {
  if (exception instanceof StoreUnavailableError) {
    // The transport's words (addresses, gRPC codes) are for the log, not for the client.
    return { body: problem(503, 'store-unavailable', 'The event store is unavailable', { detail: STORE_UNAVAILABLE_DETAIL }), headers: { 'retry-after': '1' } };
  }
  if (exception instanceof WrongExpectedRevisionError) {
    return { body: problem(409, 'concurrent-write', 'The company changed while this write was decided', { detail: exception.message }), headers: {} };
  }
  if (exception instanceof EventIdConflictError) {
    return { body: problem(409, 'event-id-conflict', 'This id is already recorded with other content', { detail: exception.message }), headers: {} };
  }
  return undefined;
}

/** Nest's HttpExceptions and Fastify's own errors (body too large, wrong media type) that blame the request. */
function clientErrorStatus(exception: unknown): number | undefined {
  const status = exception instanceof HttpException ? exception.getStatus() : (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
