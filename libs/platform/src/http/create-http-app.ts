import { DynamicModule, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { AccessConfig, LimitsConfig } from '../config/access-config';
import { enforceAccess } from '../auth/access-control';
import type { ApiKeyStore } from '../auth/api-key-store';
import { registerBrowserSecurity, registerRequestLimits } from './abuse-limits';
import { MAX_BODY_BYTES, MAX_PARAM_LENGTH } from './body-limit';
import { drainRefusedBodies } from './drain-refused-bodies';
import { answerFrameworkError } from './framework-errors';
import { acceptJsonBodiesOnly } from './json-only-bodies';
import { ProblemDetailsFilter } from './problem-details.filter';
import { setupOpenApi } from './openapi';
import { logRequests, requestIdOf } from './request-log';
import type { LogLevel } from '../config/ledger-config';

export { MAX_BODY_BYTES } from './body-limit';

/** API keys and abuse limits, as serve() sets them up; without them (an app built in a test) every route is open. */
export interface HttpProtection {
  keys: ApiKeyStore;
  access: AccessConfig;
  limits: LimitsConfig;
}

/** A Nest application on Fastify with problem+json errors, JSON bodies only (1 MiB at most) and the OpenAPI docs at /docs. */
export async function createHttpApp(
  rootModule: Type<unknown> | DynamicModule,
  options: { logger?: false | Logger; logLevel?: LogLevel; protection?: HttpProtection } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // JSON lines on stdout, each request's with its id.
    logger: { level: options.logLevel ?? 'info' },
    // One line per answer instead of Fastify's two (see logRequests).
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: requestIdOf,
    bodyLimit: MAX_BODY_BYTES,
    // Generous, so that the routes' own validation answers an over-long id (404/400) rather than the router.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerFrameworkError,
  });
  acceptJsonBodiesOnly(adapter.getInstance(), MAX_BODY_BYTES);
  drainRefusedBodies(adapter.getInstance());
  logRequests(adapter.getInstance());
  if (options.protection) {
    // In this order: headers and CORS preflights, then the key, then the limits that count per key.
    await registerBrowserSecurity(adapter.getInstance(), options.protection.limits);
    enforceAccess(adapter.getInstance(), options.protection.keys, options.protection.access);
    await registerRequestLimits(adapter.getInstance(), options.protection.limits);
  }
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    logger: options.logger === false ? false : ['error', 'warn'],
    abortOnError: false,
    // Nest's parsers would add a form parser and replace the JSON one above.
    bodyParser: false,
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  // No enableShutdownHooks(): serve() handles the stop signals and calls app.close(), which runs the hooks.
  setupOpenApi(app);
  return app;
}
