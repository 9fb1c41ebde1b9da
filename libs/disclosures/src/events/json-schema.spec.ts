import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { RECORDABLE_TYPES } from './catalogue';
import { CompanyRegistration } from './company-registration';
import { DisclosureEnvelope } from './disclosure-envelope';
import { FACTS_CLASS_BY_TYPE } from './facts-by-type';
// The storage module ships without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: object };

type Schema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

/** The HTTP layer documents request bodies from these classes; their metadata must be complete. */
describe('JSON schemas built from the classes', () => {
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
    classTransformerMetadataStorage: defaultMetadataStorage as never,
  }) as Record<string, Schema>;

  it('describes the envelope with references to its nested classes', () => {
    const envelope = schemas[DisclosureEnvelope.name];
    expect(envelope.required?.sort()).toEqual(['facts', 'source', 'type']);
    expect(envelope.properties?.source).toMatchObject({ $ref: '#/components/schemas/DisclosureSource' });
    expect(envelope.properties?.evidence).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/Evidence' } });
    expect(envelope.properties?.type).toMatchObject({ enum: [...RECORDABLE_TYPES] });
    expect(schemas.DisclosureSource.required).toEqual(['kind']);
  });

  it('describes the registration down to tickers and registry', () => {
    expect(schemas[CompanyRegistration.name].required?.sort()).toEqual(['companyId', 'name']);
    expect(schemas.CompanyIdentifiers.properties?.tickers).toMatchObject({ items: { $ref: '#/components/schemas/Ticker' } });
    expect(schemas.CompanyIdentifiers.properties?.registry).toMatchObject({ $ref: '#/components/schemas/NationalRegistration' });
  });

  it('has a schema for the facts of every type, with optional fields not required', () => {
    for (const type of RECORDABLE_TYPES) expect(schemas[FACTS_CLASS_BY_TYPE[type].name]).toBeDefined();
    expect(schemas.SharePriceMovedFacts.required).toEqual(['direction']);
    expect(schemas.SharePriceMovedFacts.properties?.price).toMatchObject({ type: 'number', exclusiveMinimum: 0 });
    expect(schemas.BreachAnnouncedFacts.required ?? []).toEqual([]);
  });
});
