import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { err, ok, Result } from '../result';
import { FieldError, joinPath, notAllowedMessage, toFieldErrors } from './field-error';
import { inputErrors } from './input-errors';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function notAnObject(path: string): FieldError {
  return { path, message: `${path || 'body'} must be a JSON object` };
}

/**
 * Validates JSON data against a class: unknown fields are errors, nothing is converted to another
 * JSON type, and the result is plain data again, normalized (trimmed, defaults applied).
 */
export function validatePlain<T extends object>(type: new () => T, plain: unknown, path = ''): Result<T, FieldError[]> {
  if (!isPlainObject(plain)) return err([notAnObject(path)]);
  const malformed = inputErrors(plain, path);
  if (malformed.length > 0) return err(malformed);
  return validateCheckedPlain(type, plain, path);
}

/**
 * validatePlain for data inputErrors already found sound (a part of a body checked whole). With
 * `unknown: 'ignore'` (a query string), members the class does not declare are left out, not refused.
 */
export function validateCheckedPlain<T extends object>(
  type: new () => T,
  plain: object,
  path = '',
  { unknown = 'refuse' }: { unknown?: 'refuse' | 'ignore' } = {},
): Result<T, FieldError[]> {
  const instance = plainToInstance(type, plain, { enableImplicitConversion: false });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: unknown === 'refuse',
    forbidUnknownValues: true,
    stopAtFirstError: true,
  });
  if (errors.length > 0) return err(toFieldErrors(errors, path));
  return ok(toPlainData(instance));
}

/**
 * A deep copy as plain JSON data: class instances become plain objects, undefined members go away.
 * As JSON.parse(JSON.stringify(value)) for the values validation makes, at a fraction of its cost.
 */
export function toPlainData<T>(value: T): T {
  return plainCopy(value) as T;
}

function plainCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : plainCopy(item)));
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) if (member !== undefined) copy[key] = plainCopy(member);
  return copy;
}

/**
 * The members of `plain` that `type` does not declare, whatever their value: a patch's null member
 * (which removes a field) must still name a field the type has.
 */
export function undeclaredFields<T extends object>(type: new () => T, plain: object, path = ''): FieldError[] {
  const instance = plainToInstance(type, plain, { enableImplicitConversion: false });
  return validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, skipMissingProperties: true })
    .filter((error) => error.constraints?.whitelistValidation !== undefined)
    .map((error) => ({ path: joinPath(path, error.property), message: notAllowedMessage(error.property) }));
}
