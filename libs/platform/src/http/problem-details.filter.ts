import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EventIdConflictError, StoreUnavailableError, WrongExpectedRevisionError } from '@ledger/event-store';
import { Problem, PROBLEM_CONTENT_TYPE, ProblemException, problem } from './problem';

/** Every error leaves the API as application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { body, headers } = this.toProblem(exception);
    body.instance ??= request.url;
    if (body.status >= 500 && body.status !== 503) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (reply.sent) return;
    reply.status(body.status).headers(headers).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown): { body: Problem; headers: Record<string, string> } {
    if (exception instanceof ProblemException) return { body: { ...exception.problem }, headers: exception.headers };
    const storeProblem = storeErrorToProblem(exception);
    if (storeProblem) return storeProblem;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { body: problem(status, slugFor(status), exception.message), headers: {} };
    }
    const fastifyStatus = fastifyErrorStatus(exception);
    if (fastifyStatus !== undefined) {
      return { body: problem(fastifyStatus, slugFor(fastifyStatus), titleFor(fastifyStatus), { detail: (exception as Error).message }), headers: {} };
    }
    return { body: problem(500, 'internal', 'Internal server error'), headers: {} };
  }
}

/** The store's own errors: an outage (retry later) is never confused with a conflict (do not retry as is). */
function storeErrorToProblem(exception: unknown): { body: Problem; headers: Record<string, string> } | undefined {
  if (exception instanceof StoreUnavailableError) {
    return { body: problem(503, 'store-unavailable', 'The event store is unavailable', { detail: exception.message }), headers: { 'retry-after': '1' } };
  }
  if (exception instanceof WrongExpectedRevisionError) {
    return { body: problem(409, 'concurrent-write', 'The company changed while this write was decided', { detail: exception.message }), headers: {} };
  }
  if (exception instanceof EventIdConflictError) {
    return { body: problem(409, 'event-id-conflict', 'This id is already recorded with other content', { detail: exception.message }), headers: {} };
  }
  return undefined;
}

/** Errors raised by Fastify itself (body too large, malformed JSON, wrong media type) carry a 4xx statusCode. */
function fastifyErrorStatus(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'Bad request'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  409: ['conflict', 'Conflict'],
  412: ['precondition-failed', 'Precondition failed'],
  413: ['payload-too-large', 'Request body too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable content'],
  503: ['unavailable', 'Service unavailable'],
};

function slugFor(status: number): string {
  return TITLES[status]?.[0] ?? `http-${status}`;
}

function titleFor(status: number): string {
  return TITLES[status]?.[1] ?? `HTTP ${status}`;
}
