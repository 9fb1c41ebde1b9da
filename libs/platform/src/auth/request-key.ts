import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { Scope } from './scopes';

export interface RequestKey {
  name: string;
  scope: Scope;
}

const keys = new WeakMap<IncomingMessage, RequestKey>();

export function rememberKey(request: FastifyRequest, key: RequestKey): void {
  keys.set(request.raw, key);
}

/** The valid key the request presented, if any. */
export function keyOf(request: FastifyRequest): RequestKey | undefined {
  return keys.get(request.raw);
}

/** Whom limits count against: the key's name, or the address of a request without a key. */
export function clientOf(request: FastifyRequest): string {
  const key = keyOf(request);
  return key ? `key:${key.name}` : `address:${request.ip}`;
}
