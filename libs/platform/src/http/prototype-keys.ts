import type { FieldProblem } from './problem';
import { malformedBody } from './request-body-problems';

// Any JSON spelling of "__proto__" or "constructor" contains one of these; most bodies are never walked.
const SUSPECT = /__proto__|constructor|\\u/;

/**
 * Refuses (400) the keys that could replace an object's prototype once the body is copied or merged:
 * `__proto__`, and `constructor` holding a `prototype` (what Fastify's own JSON parser refuses).
 */
export function rejectPrototypeKeys(text: string, value: unknown): void {
  if (!SUSPECT.test(text)) return;
  const errors = prototypeKeysIn(value);
  if (errors.length > 0) {
    const paths = errors.map((error) => error.path).join(', ');
    throw malformedBody(
      `the body has a key that is not allowed, at ${paths}: "__proto__" and "constructor.prototype" could replace an object's prototype`,
      errors,
    );
  }
}

/** Walks without recursion: a 1 MiB body may nest far deeper than the stack. */
export function prototypeKeysIn(value: unknown): FieldProblem[] {
  const errors: FieldProblem[] = [];
  const pending: [node: unknown, path: string][] = [[value, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, path] = next;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === '__proto__') errors.push({ path: childPath, message: '"__proto__" is not an allowed key' });
      else if (key === 'constructor' && isObjectWithOwn(child, 'prototype'))
        errors.push({ path: `${childPath}.prototype`, message: '"constructor.prototype" is not an allowed key' });
      else pending.push([child, childPath]);
    }
  }
  return errors;
}

function isObjectWithOwn(value: unknown, key: string): boolean {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key);
}
