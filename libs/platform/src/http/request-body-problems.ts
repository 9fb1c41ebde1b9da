import { FieldProblem, ProblemException } from './problem';
import { statusProblem } from './status-problem';

/** The only request body the API reads. */
export const ACCEPTED_MEDIA_TYPE = 'application/json; charset=utf-8';

/** 415: the body is sent in a form the API does not read (media type, charset, content coding). */
export function unsupportedBody(detail: string, headers: Record<string, string> = {}): ProblemException {
  return new ProblemException(statusProblem(415, { detail }), headers);
}

/** 400: the body cannot be read as the JSON document it claims to be. */
export function malformedBody(detail: string, errors?: FieldProblem[]): ProblemException {
  return new ProblemException(statusProblem(400, { detail, ...(errors ? { errors } : {}) }));
}
