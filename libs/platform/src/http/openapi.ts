import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { BEARER_SCHEME } from '../auth/requires-scope.decorator';
import { problemAnswer } from './api-problems';
import { MAX_PARAM_LENGTH } from './body-limit';
import { isInSchemas } from './schema-exclusions';

// class-transformer keeps its metadata storage out of its typed entry point; nested schemas need it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module has no typed entry to import
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/**
 * Serves the OpenAPI document at /docs-json and its UI at /docs. Request body schemas come from the
 * class-validator classes that validate those bodies, so the document cannot drift from the checks.
 */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Company disclosure ledger')
    .setDescription('Immutable, hash-chained record of what listed companies disclose. Errors are RFC 9457 problem documents.')
    .setVersion('1')
    // 3.1: its schemas are JSON Schema 2020-12, the dialect class-validator-jsonschema writes (exclusiveMinimum as a number).
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque',
        description: 'An API key (ledgerctl keys create): Authorization: Bearer <key>. Scopes: read < write < admin.',
      },
      BEARER_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = Object.fromEntries(
    Object.entries(validationMetadatasToSchemas({ refPointerPrefix: SCHEMA_REF_PREFIX, classTransformerMetadataStorage: defaultMetadataStorage })).filter(
      ([name]) => isInSchemas(name),
    ),
  );
  document.components = { ...document.components, schemas: { ...schemas, ...document.components?.schemas } as never };
  documentRouterProblems(document.paths);
  documentAccess(document.paths);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/** What the router answers on any route with a path parameter, before the route's own code runs (see framework-errors). */
const ROUTER_PROBLEMS: Record<string, string> = {
  400: 'A path parameter is not valid percent-encoding.',
  414: `A path parameter is longer than ${MAX_PARAM_LENGTH} characters.`,
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function documentRouterProblems(paths: OpenAPIObject['paths']): void {
  for (const [path, item] of Object.entries(paths)) {
    if (!path.includes('{')) continue;
    for (const operation of METHODS.map((method) => item[method]).filter((found) => found !== undefined)) {
      for (const [status, description] of Object.entries(ROUTER_PROBLEMS)) operation.responses[status] ??= problemAnswer(description);
    }
  }
}

/** Reads declare no security of their own: a key is optional, and needed when LEDGER_READ_ACCESS=key. Every route is rate-limited. */
function documentAccess(paths: OpenAPIObject['paths']): void {
  for (const item of Object.values(paths)) {
    for (const operation of METHODS.map((method) => item[method]).filter((found) => found !== undefined)) {
      const open = operation.security?.length === 1 && Object.keys(operation.security[0]).length === 0;
      if (operation.security === undefined) {
        operation.security = [{}, { [BEARER_SCHEME]: [] }];
        operation.responses['401'] ??= problemAnswer('An unknown or revoked key was sent, or no key while LEDGER_READ_ACCESS=key (WWW-Authenticate: Bearer).');
      }
      operation.responses['429'] ??= problemAnswer(
        open
          ? 'Too many requests from this address (RATE_LIMIT_*); Retry-After says when to retry.'
          : 'Too many requests from this key or address (RATE_LIMIT_*), or too many live streams open (LIVE_STREAMS_PER_CLIENT); Retry-After says when to retry.',
      );
    }
  }
}
