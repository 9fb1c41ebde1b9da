import { FieldError, joinPath, notAllowedMessage } from './field-error';
import { hasLoneSurrogate, LONE_SURROGATE_KEY_MESSAGE, LONE_SURROGATE_MESSAGE } from './lone-surrogate';
import { MAX_NESTING_DEPTH, TOO_DEEP_MESSAGE } from './nesting-depth';
import { isReservedKey } from './reserved-keys';

/** A value still to look at, or a key already found wrong (kept in line so errors stay in document order). */
type Pending =
  | {
      value: unknown;
      path: string;
      /** Objects and arrays above this value. */
      depth: number;
    }
  | { error: FieldError };

/**
 * What is wrong with parsed JSON before any class looks at it: text that is not valid Unicode,
 * nesting deeper than MAX_NESTING_DEPTH, keys the object mapper would drop. The walk keeps its own
 * stack, so no input can overflow the call stack; the mapper and the validator recurse, so they must
 * only be given input this accepted.
 */
export function inputErrors(root: unknown, rootPath: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Pending[] = [{ value: root, path: rootPath, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if ('error' in next) {
      errors.push(next.error);
      continue;
    }
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      if (hasLoneSurrogate(value)) errors.push({ path, message: LONE_SURROGATE_MESSAGE });
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_NESTING_DEPTH) errors.push({ path, message: TOO_DEEP_MESSAGE });
      else pushChildren(pending, value, path, depth + 1);
    }
  }
  return errors;
}

/** Pushed last to first, so that they are popped in document order. */
function pushChildren(pending: Pending[], container: object, path: string, depth: number): void {
  const keys = Object.keys(container);
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index];
    const child = joinPath(path, key);
    if (hasLoneSurrogate(key)) pending.push({ error: { path: child, message: LONE_SURROGATE_KEY_MESSAGE } });
    else if (isReservedKey(key)) pending.push({ error: { path: child, message: notAllowedMessage(key) } });
    else pending.push({ value: (container as Record<string, unknown>)[key], path: child, depth });
  }
}
