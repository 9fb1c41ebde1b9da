import { CorrectionInput, RetractionInput } from '../events/facts/amendments';
import { err, Result } from '../result';
import { FieldError } from './field-error';
import { validatePlain } from './validate-plain';

/** The correction's facts are checked later, against the target's type, by the company decider. */
export function parseCorrectionInput(plain: unknown): Result<CorrectionInput, FieldError[]> {
  const parsed = validatePlain(CorrectionInput, plain);
  if (!parsed.ok) return parsed;
  const { facts, occurredAt } = parsed.value;
  if ((facts === undefined || Object.keys(facts).length === 0) && occurredAt === undefined) {
    return err([{ path: 'facts', message: 'a correction needs facts (at least one field) or occurredAt' }]);
  }
  return parsed;
}

export function parseRetractionInput(plain: unknown): Result<RetractionInput, FieldError[]> {
  return validatePlain(RetractionInput, plain);
}
