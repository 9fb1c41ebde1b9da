import Ajv2020 from 'ajv/dist/2020';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');
const COMMITTED = join(ROOT, 'docs/openapi.json');

/** @apidevtools/swagger-parser, run on a file in its own process: its exit code and what it printed. */
function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate-openapi.js'), file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * Every schema of the document (components and those inline in paths) checked against the JSON Schema
 * 2020-12 meta-schema: the OpenAPI validator checks the document's structure, not the schemas' keywords.
 */
function schemaErrors(document: { components: { schemas: Record<string, object> }; paths: object }): string[] {
  const ajv = new Ajv2020();
  const found: string[] = [];
  const check = (where: string, schema: object) => {
    if (!ajv.validateSchema(schema)) found.push(...(ajv.errors ?? []).map((error) => `${where}${error.instancePath} ${error.message}`));
  };
  for (const [name, schema] of Object.entries(document.components.schemas)) check(`#/components/schemas/${name}`, schema);
  const walk = (node: unknown, where: string): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'schema' && typeof value === 'object' && value !== null) check(`${where}/schema`, value);
      else walk(value, `${where}/${key}`);
    }
  };
  walk(document.paths, '#/paths');
  return found;
}

describe('the committed OpenAPI document (docs/openapi.json, equal to the served one)', () => {
  const document = () => JSON.parse(readFileSync(COMMITTED, 'utf8'));

  it('is OpenAPI 3.1, whose schemas are JSON Schema 2020-12', () => {
    expect(document().openapi).toBe('3.1.0');
  });

  it('passes a standard validator without a single message', () => {
    expect(validate(COMMITTED)).toEqual({ status: 0, output: 'valid: openapi.json, OpenAPI 3.1.0\n' });
  });

  it('is refused by that validator when an answer lacks its description (the validator can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      const broken = document();
      delete broken.paths['/v1/companies'].post.responses['201'].description;
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(broken));
      const result = validate(join(dir, 'openapi.json'));
      expect(result.status).toBe(1);
      expect(result.output).toContain("must have required property 'description'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has only JSON Schema 2020-12 schemas, inline ones included', () => {
    expect(schemaErrors(document())).toEqual([]);
  });

  it("finds OpenAPI 3.0's boolean exclusiveMinimum, which 2020-12 refuses", () => {
    const broken = document();
    broken.components.schemas.SharePriceMovedFacts.properties.price.exclusiveMinimum = true;
    expect(schemaErrors(broken)).toEqual(['#/components/schemas/SharePriceMovedFacts/properties/price/exclusiveMinimum must be number']);
  });

  it('documents every error answer as an RFC 9457 problem with type, title and status', () => {
    const answers = Object.values(
      document().paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { required?: string[] } }> }> }>>,
    )
      .flatMap((item) => Object.values(item))
      .flatMap((operation) => Object.entries(operation.responses).filter(([status]) => Number(status) >= 400));
    expect(answers.length).toBeGreaterThan(20);
    for (const [status, answer] of answers) {
      // Extension members (a readiness answer's checks, say) may be required as well.
      const required = answer.content?.['application/problem+json']?.schema.required;
      expect({ status, required }).toEqual({ status, required: expect.arrayContaining(['type', 'title', 'status']) });
    }
  });
});
