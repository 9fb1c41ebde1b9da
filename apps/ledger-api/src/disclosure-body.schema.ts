import { FACTS_CLASS_BY_TYPE, RECORDABLE_TYPES } from '@ledger/disclosures';
import { SCHEMA_REF_PREFIX } from '@ledger/platform';

/** One disclosure: the envelope, with `facts` documented by the class that validates that type's facts. */
const ONE_DISCLOSURE = {
  oneOf: RECORDABLE_TYPES.map((type) => ({
    title: type,
    allOf: [
      { $ref: `${SCHEMA_REF_PREFIX}DisclosureEnvelope` },
      { type: 'object', properties: { type: { type: 'string', enum: [type] }, facts: { $ref: `${SCHEMA_REF_PREFIX}${FACTS_CLASS_BY_TYPE[type].name}` } } },
    ],
  })),
};

/** The body of POST /v1/companies/:companyId/disclosures: one disclosure, or an atomic batch of them. */
export const DISCLOSURE_BODY_SCHEMA = {
  oneOf: [
    ONE_DISCLOSURE,
    {
      type: 'object',
      required: ['disclosures'],
      properties: { disclosures: { type: 'array', minItems: 1, maxItems: 1000, items: ONE_DISCLOSURE } },
    },
  ],
};
