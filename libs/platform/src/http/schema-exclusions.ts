const excluded = new Set<string>();

/**
 * Leaves a class-validator class out of the OpenAPI document's schemas: a query string's class (its
 * parameters are documented one by one) or a body whose schema is written out where it is used.
 */
export function NotInSchemas(): ClassDecorator {
  return (target) => void excluded.add(target.name);
}

export function isInSchemas(name: string): boolean {
  return !excluded.has(name);
}
