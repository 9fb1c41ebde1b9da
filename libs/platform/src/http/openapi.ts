import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

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
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: SCHEMA_REF_PREFIX,
    classTransformerMetadataStorage: defaultMetadataStorage,
  });
  document.components = { ...document.components, schemas: { ...schemas, ...document.components?.schemas } as never };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
