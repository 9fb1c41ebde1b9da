import { ProblemException, problem } from '../http/problem';
import { Scope } from './scopes';

/** 401: the challenge says a Bearer key is expected. */
export function unauthenticated(detail: string): ProblemException {
  return new ProblemException(problem(401, 'unauthenticated', 'An API key is needed', { detail }), { 'www-authenticate': 'Bearer realm="ledger"' });
}

/** 403: a valid key, without the scope the route needs. */
export function missingScope(name: string, held: Scope, needed: Scope): ProblemException {
  return new ProblemException(
    problem(403, 'missing-scope', 'The API key lacks the scope needed', {
      detail: `the key "${name}" has the scope ${held}; this request needs ${needed}`,
      scope: needed,
    }),
  );
}
