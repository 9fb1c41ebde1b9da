import { Scope } from './scopes';

/** What a route asks of its caller, kept in its Fastify route config under `access`. */
export type RouteAccess =
  | { kind: 'open' }
  /** `when`: the scope is needed only for the bodies it accepts (an article committed, not a dry run). */
  | { kind: 'scope'; scope: Scope; when?: (body: unknown) => boolean };

export const ROUTE_ACCESS_KEY = 'access';

/** Served by plugins rather than controllers, and open whatever the settings: the API docs and the explorer's assets. */
export const OPEN_PATH_PREFIXES = ['/docs', '/assets/'];
