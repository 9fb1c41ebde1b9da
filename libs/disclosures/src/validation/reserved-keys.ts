import { FieldError, joinPath } from './field-error';

/** Keys the object mapper skips without a word; refused here so that no unknown field goes unreported. */
const RESERVED_KEYS = ['__proto__', 'constructor'];

export function reservedKeyErrors(value: unknown, path: string): FieldError[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const child = joinPath(path, key);
    if (RESERVED_KEYS.includes(key)) return [{ path: child, message: `${key} is not an allowed field` }];
    return reservedKeyErrors((value as Record<string, unknown>)[key], child);
  });
}
