import { ValidationError } from 'class-validator';

/** One problem with a request, at a dotted/indexed path such as `facts.price` or `evidence[0].end`. */
export interface FieldError {
  path: string;
  message: string;
}

export function notAllowedMessage(property: string): string {
  return `${property} is not an allowed field`;
}

export function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

export function prefixErrors(errors: FieldError[], prefix: string): FieldError[] {
  return errors.map(({ path, message }) => ({ path: path ? joinPath(prefix, path) : prefix, message }));
}

/** Flattens class-validator's error tree into field errors. */
export function toFieldErrors(errors: ValidationError[], parentPath: string): FieldError[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      path,
      message: constraint === 'whitelistValidation' ? notAllowedMessage(error.property) : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], path)];
  });
}
