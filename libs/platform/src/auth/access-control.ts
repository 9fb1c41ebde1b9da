import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccessConfig } from '../config/access-config';
import { ApiKeyStore } from './api-key-store';
import { missingScope, unauthenticated } from './auth-problems';
import { keyOf, rememberKey } from './request-key';
import { OPEN_PATH_PREFIXES, ROUTE_ACCESS_KEY, RouteAccess } from './route-access';
import { Scope, grants } from './scopes';

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * The one place where access is decided. Before the body is read (onRequest), the key presented is
 * identified and the route's scope checked; a scope needed only for some bodies (RequiresScope's
 * `when`) is checked once the body is parsed (preHandler). A route without a declared access is a read.
 */
export function enforceAccess(fastify: FastifyInstance, keys: ApiKeyStore, config: AccessConfig): void {
  const readNeeds: Scope | undefined = config.readAccess === 'key' ? 'read' : undefined;

  fastify.addHook('onRequest', async (request) => {
    const access = accessOf(request);
    // Open routes ignore keys: a load balancer's probe or a browser loading the explorer never sends one.
    if (access?.kind === 'open') return;
    identify(request, keys);
    const needed = access === undefined || access.when ? readNeeds : access.scope;
    if (needed) authorize(request, needed);
  });
  fastify.addHook('preHandler', async (request) => {
    const access = accessOf(request);
    if (access?.kind === 'scope' && access.when?.(request.body)) authorize(request, access.scope);
  });
}

/** The route's declared access; undefined for a read (any route that declares none). */
function accessOf(request: FastifyRequest): RouteAccess | undefined {
  const declared = (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[ROUTE_ACCESS_KEY] as RouteAccess | undefined;
  if (declared) return declared;
  if (OPEN_PATH_PREFIXES.some((prefix) => request.url.startsWith(prefix))) return { kind: 'open' };
  return undefined;
}

/** Remembers the valid key a request presents; a malformed, unknown or revoked one is refused at once, wherever it is sent. */
function identify(request: FastifyRequest, keys: ApiKeyStore): void {
  const header = request.headers.authorization;
  if (header === undefined || header === '') return;
  const secret = BEARER.exec(header)?.[1];
  if (secret === undefined) throw unauthenticated('the Authorization header must be "Bearer <key>"');
  const identity = keys.identify(secret);
  if (identity.status === 'unknown') throw unauthenticated('the API key is not known to this ledger');
  if (identity.status === 'revoked') throw unauthenticated(`the API key "${identity.name}" was revoked`);
  rememberKey(request, { name: identity.name, scope: identity.scope });
}

function authorize(request: FastifyRequest, needed: Scope): void {
  const key = keyOf(request);
  if (!key) throw unauthenticated(`this request needs an API key with the ${needed} scope: send "Authorization: Bearer <key>"`);
  if (!grants(key.scope, needed)) throw missingScope(key.name, key.scope, needed);
}
