import { ProblemException, problem } from './problem';

/** 429, saying in Retry-After how many seconds to wait. */
export function tooManyRequests(detail: string, retryAfterSeconds: number): ProblemException {
  return new ProblemException(problem(429, 'too-many-requests', 'Too many requests', { detail }), { 'retry-after': String(Math.max(1, retryAfterSeconds)) });
}
