import { DisclosureInput } from '../events/disclosure-data';
import { err, ok, Result } from '../result';
import { FieldError, notAllowedMessage } from './field-error';
import { inputErrors } from './input-errors';
import { parseDisclosureInput } from './parse-disclosure';
import { isPlainObject, notAnObject } from './validate-plain';

export const MAX_BATCH_SIZE = 1000;

export interface DisclosureBatch {
  disclosures: DisclosureInput[];
  /** True when the body was `{disclosures: [...]}`, false for a single disclosure object. */
  batch: boolean;
}

/** Accepts one disclosure object, or `{disclosures: [...]}` with 1 to 1000 of them. */
export function parseDisclosureBatch(plain: unknown): Result<DisclosureBatch, FieldError[]> {
  if (!isPlainObject(plain)) return err([notAnObject('')]);
  if (!Object.hasOwn(plain, 'disclosures')) {
    const single = parseDisclosureInput(plain);
    return single.ok ? ok({ disclosures: [single.value], batch: false }) : single;
  }
  // Each disclosure's own parse checks its input; the members beside the list are checked here.
  const { disclosures: list, ...beside } = plain;
  const malformed = inputErrors(beside, '');
  if (malformed.length > 0) return err(malformed);
  const unknownFields = Object.keys(plain)
    .filter((key) => key !== 'disclosures')
    .map((key) => ({ path: key, message: notAllowedMessage(key) }));
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_BATCH_SIZE) {
    return err([...unknownFields, { path: 'disclosures', message: `disclosures must be an array of 1 to ${MAX_BATCH_SIZE} disclosures` }]);
  }
  const parsed = list.map((item, index) => parseDisclosureInput(item, `disclosures[${index}]`));
  const errors = [...unknownFields, ...parsed.flatMap((result) => (result.ok ? [] : result.error))];
  if (errors.length > 0) return err(errors);
  return ok({ disclosures: parsed.map((result) => (result as { value: DisclosureInput }).value), batch: true });
}
