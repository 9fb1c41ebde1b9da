import { isRecordableType } from '../events/catalogue';
import { DisclosureInput } from '../events/disclosure-data';
import { DisclosureEnvelope } from '../events/disclosure-envelope';
import { factsClassOf } from '../events/facts-by-type';
import { err, ok, Result } from '../result';
import { FieldError, joinPath } from './field-error';
import { inputErrors } from './input-errors';
import { isPlainObject, notAnObject, validateCheckedPlain } from './validate-plain';

/** Validates one disclosure as sent by a client; `path` prefixes error paths (e.g. "disclosures[2]"). */
export function parseDisclosureInput(plain: unknown, path = ''): Result<DisclosureInput, FieldError[]> {
  if (!isPlainObject(plain)) return err([notAnObject(path)]);
  // Checked once for the whole disclosure: the envelope and its facts are then validated without walking it again.
  const malformed = inputErrors(plain, path);
  if (malformed.length > 0) return err(malformed);
  const envelope = validateCheckedPlain(DisclosureEnvelope, plain, path);
  const facts =
    isRecordableType(plain.type) && isPlainObject(plain.facts)
      ? validateCheckedPlain(factsClassOf(plain.type), plain.facts, joinPath(path, 'facts'))
      : undefined;
  const errors = [...(envelope.ok ? [] : envelope.error), ...(facts && !facts.ok ? facts.error : [])];
  if (!envelope.ok || !facts?.ok) return err(errors);
  return ok({ ...envelope.value, facts: facts.value } as DisclosureInput);
}
