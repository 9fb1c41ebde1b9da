import type { IncomingHttpHeaders } from 'node:http';
import { MAX_BODY_BYTES, MAX_PARAM_LENGTH } from './body-limit';
import { ACCEPTED_MEDIA_TYPE } from './request-body-problems';

/** An error Fastify raised itself (router, body reader), identified by its `FST_` code. */
export interface FastifyErrorLike {
  code: string;
  message: string;
  statusCode?: number;
}

/** Fastify's own error, whether it arrives bare or wrapped by Nest's adapter in an HttpException. */
export function fastifyErrorIn(exception: unknown): FastifyErrorLike | undefined {
  for (let error = exception, depth = 0; error && depth < 3; error = (error as { cause?: unknown }).cause, depth++) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('FST_')) return error as FastifyErrorLike;
  }
  return undefined;
}

/** What went wrong, in the client's terms, for the errors a client can cause. */
export function fastifyErrorDetail(error: FastifyErrorLike, headers: IncomingHttpHeaders): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `the body is larger than the limit of ${MAX_BODY_BYTES} bytes (1 MiB)`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `${headers['content-type'] ? `media type "${headers['content-type']}"` : 'a body without content-type'} is not accepted: send ${ACCEPTED_MEDIA_TYPE}`;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'the body length differs from the content-length header';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'the body is empty: send a JSON document';
    case 'FST_ERR_BAD_URL':
      return 'the path is not valid percent-encoded UTF-8';
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return `a path parameter is longer than ${MAX_PARAM_LENGTH} characters`;
    default:
      return error.message;
  }
}
