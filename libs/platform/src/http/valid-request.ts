import { FieldError, validatePlain, validationFailed } from '@ledger/disclosures';
import { ProblemException, problem } from './problem';

/** The 400 answer naming every field of a request at fault: the same for bodies and query strings. */
export function invalidRequest(errors: FieldError[], headers: Record<string, string> = {}): ProblemException {
  return new ProblemException(problem(400, 'validation', 'Invalid request', { detail: validationFailed(errors).message, errors }), headers);
}

/** A request body checked by its class-validator class, as plain data; a 400 naming each field at fault otherwise. */
export function validBody<T extends object>(type: new () => T, body: unknown): T {
  const checked = validatePlain(type, body);
  if (!checked.ok) throw invalidRequest(checked.error);
  return checked.value;
}
