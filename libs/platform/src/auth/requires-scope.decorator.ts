import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems';
import { ROUTE_ACCESS_KEY, RouteAccess } from './route-access';
import { Scope } from './scopes';

export const BEARER_SCHEME = 'apiKey';

/**
 * The route needs a key with `scope` (or a wider one); with `when`, only for the bodies `when` accepts.
 * Enforced by the access hook (see access-control), documented in the OpenAPI document.
 */
export function RequiresScope(scope: Scope, options: { when?: (body: unknown) => boolean; whenDescribed?: string } = {}): MethodDecorator {
  const access: RouteAccess = { kind: 'scope', scope, when: options.when };
  const condition = options.whenDescribed ? ` ${options.whenDescribed}` : '';
  return applyDecorators(
    RouteConfig({ [ROUTE_ACCESS_KEY]: access }),
    // A conditional scope leaves the key optional for the other bodies.
    ...(options.when ? [ApiSecurity({})] : []),
    ApiBearerAuth(BEARER_SCHEME),
    ApiProblems({ 401: 'No API key, or an unknown or revoked one (WWW-Authenticate: Bearer).', 403: `The key lacks the ${scope} scope${condition}.` }),
  );
}

/** The route needs no key whatever the settings (health, the explorer's pages). */
export function OpenAccess(): MethodDecorator {
  return applyDecorators(RouteConfig({ [ROUTE_ACCESS_KEY]: { kind: 'open' } satisfies RouteAccess }), ApiSecurity({}));
}
