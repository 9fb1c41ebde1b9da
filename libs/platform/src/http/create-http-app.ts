import { DynamicModule, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemDetailsFilter } from './problem-details.filter';
import { setupOpenApi } from './openapi';

export const MAX_BODY_BYTES = 1024 * 1024;

/** A Nest application on Fastify with problem+json errors, a 1 MiB body limit and the OpenAPI docs at /docs. */
export async function createHttpApp(rootModule: Type<unknown> | DynamicModule, options: { logger?: false | Logger } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: MAX_BODY_BYTES });
  // The API speaks JSON only: without Fastify's default text/plain parser, other media types get a 415.
  adapter.getInstance().removeContentTypeParser('text/plain');
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    logger: options.logger === false ? false : ['error', 'warn'],
    abortOnError: false,
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
