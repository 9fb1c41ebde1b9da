import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

// class-transformer keeps its metadata storage out of its typed entry point; nested schemas need it.
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
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: SCHEMA_REF_PREFIX,
    classTransformerMetadataStorage: defaultMetadataStorage,
  });
  document.components = { ...document.components, schemas: { ...schemas, ...document.components?.schemas } as never };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
