import type { ApiResponseOptions } from '@nestjs/swagger';

/** The company's revision after the write, quoted: what If-Match expects next. */
export const ETAG_HEADER = {
  ETag: {
    required: true,
    description: 'The company revision after the write, quoted, e.g. "3": send it back as If-Match.',
    schema: { type: 'string', pattern: '^"\\d+"$' },
  },
};

const REVISION = { type: 'integer', minimum: 0, description: "The company stream's revision of this event." };
/** A log position: opaque, ordered, a decimal string; give it as minPosition to read your own write. */
const POSITION = { type: 'string', description: 'The log position of the last event written: pass it as minPosition to read your write.' };
const UUID = { type: 'string', format: 'uuid' };

/** One disclosure as written. */
export const WRITTEN_DISCLOSURE = { type: 'object', required: ['disclosureId', 'revision'], properties: { disclosureId: UUID, revision: REVISION } };

/** The answer to recording disclosures: each as written, in the order sent, and the log position reached. */
export const RECORDED_SCHEMA = {
  type: 'object',
  required: ['disclosures', 'position'],
  properties: { disclosures: { type: 'array', items: WRITTEN_DISCLOSURE }, position: POSITION },
};

/** The answer to a correction or a retraction: the new event's id and revision. */
export const AMENDED_SCHEMA = {
  type: 'object',
  required: ['disclosureId', 'revision', 'position'],
  properties: { disclosureId: UUID, revision: REVISION, position: POSITION },
};

export const REGISTERED_SCHEMA = {
  type: 'object',
  required: ['companyId', 'revision', 'position'],
  properties: { companyId: { type: 'string' }, revision: REVISION, position: POSITION },
};

/** 201 for a new write, 200 for the same write sent again (nothing written); both with the body and ETag. */
export function writtenAnswers(schema: object, created: string): ApiResponseOptions[] {
  return [
    { status: 201, description: created, schema, headers: ETAG_HEADER },
    { status: 200, description: 'The same write was already recorded: the original result, nothing written.', schema, headers: ETAG_HEADER },
  ];
}
