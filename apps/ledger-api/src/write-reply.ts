import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Result } from '@ledger/disclosures';
import type { WriteContext, WriteError, WriteResult } from '@ledger/ledger';
import { ProblemException, keyOf } from '@ledger/platform';
import { expectedRevisionFrom } from './if-match';
import { writeErrorToProblem } from './write-error.problem';

export function writeContextOf(request: FastifyRequest): WriteContext {
  const correlation = request.headers['x-correlation-id'];
  return {
    expectedRevision: expectedRevisionFrom(request.headers['if-match']),
    correlationId: typeof correlation === 'string' && correlation.length <= 200 ? correlation : request.id,
    causationId: request.id,
    keyName: keyOf(request)?.name,
  };
}

/** Unwraps a write: errors become problem documents; a replay answers 200, a new write 201; ETag is the revision. */
export function replyToWrite<T extends WriteResult>(result: Result<T, WriteError>, reply: FastifyReply): T {
  if (!result.ok) {
    const { problem, headers } = writeErrorToProblem(result.error);
    throw new ProblemException(problem, headers);
  }
  reply.status(result.value.replayed ? 200 : 201).header('etag', `"${result.value.revision}"`);
  return result.value;
}
