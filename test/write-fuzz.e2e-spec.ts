import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { COMPANY, SAMPLE_FACTS, disclosure } from './fixtures/disclosures';
import { withSqlite } from './support/audit-ledger';
import { client, request } from './support/http';
import { LedgerProcess } from './support/ledger-process';

jest.setTimeout(300_000);

/** Bodies per write route: 5,000 in all. */
const RUNS = 1_000;

type Body = Record<string, unknown>;

/** A JSON value of any shape, small enough to keep requests quick. */
const anyJson = fc.jsonValue({ maxDepth: 3 });
/** Anything but a JSON object: what a field that must be an object, or a whole body, can wrongly be. */
const notAnObject = anyJson.filter((value) => typeof value !== 'object' || value === null || Array.isArray(value));
const notAString = anyJson.filter((value) => typeof value !== 'string');
const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).map((key) => `zz${key}`);

/**
 * A valid body made invalid by one mutation that no valid body can survive: an unknown field at the
 * top or one level down, a required field removed or of the wrong kind.
 */
function mutated(valid: () => Body, required: string[], objects: string[]): fc.Arbitrary<unknown> {
  const withUnknownField = fc.tuple(unknownKey, anyJson).map(([key, value]) => ({ ...valid(), [key]: value }));
  const withoutRequired = fc.constantFrom(...required).map((field) => {
    const { [field]: _removed, ...rest } = valid();
    return rest;
  });
  const requiredReplaced = fc
    .tuple(fc.constantFrom(...required.filter((field) => !objects.includes(field))), notAString)
    .map(([field, value]) => ({ ...valid(), [field]: value }));
  const mutations = [withUnknownField, withoutRequired, requiredReplaced, notAnObject];
  if (objects.length === 0) return fc.oneof(...mutations);
  const nestedUnknown = fc.tuple(fc.constantFrom(...objects), unknownKey, anyJson).map(([field, key, value]) => {
    const body = valid();
    return { ...body, [field]: { ...(body[field] as Body), [key]: value } };
  });
  const objectReplaced = fc.tuple(fc.constantFrom(...objects), notAnObject).map(([field, value]) => ({ ...valid(), [field]: value }));
  return fc.oneof(...mutations, nestedUnknown, objectReplaced);
}

describe('write routes under random and mutated bodies', () => {
  let ledger: LedgerProcess;
  let target: string;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ app: 'ledger-api' });
    expect((await client(ledger.baseUrl).post('/v1/companies', COMPANY)).status).toBe(201);
    const recorded = await client(ledger.baseUrl).post(`/v1/companies/${COMPANY.companyId}/disclosures`, disclosure('SharePriceMoved'));
    expect(recorded.status).toBe(201);
    target = recorded.body.disclosures[0].disclosureId;
  });
  afterAll(() => ledger.dispose());

  const head = () => withSqlite(ledger.storeFile, (db) => db.prepare('SELECT max(position) FROM events').pluck().get());
  const disclosures = `/v1/companies/${COMPANY.companyId}/disclosures`;

  const routes: [name: string, path: () => string, bodies: () => fc.Arbitrary<unknown>][] = [
    [
      'POST /v1/companies',
      () => '/v1/companies',
      () => mutated(() => ({ ...COMPANY, companyId: `fuzz-${randomUUID().slice(0, 8)}` }), ['companyId', 'name'], ['identifiers']),
    ],
    [
      'POST …/disclosures',
      () => disclosures,
      () => mutated(() => disclosure('DataExposureConfirmed', { disclosureId: randomUUID() }), ['type', 'source', 'facts'], ['source', 'facts']),
    ],
    [
      'POST …/corrections',
      () => `${disclosures}/${target}/corrections`,
      () => mutated(() => ({ correctionId: randomUUID(), facts: { ...SAMPLE_FACTS.SharePriceMoved, changePct: 3.1 }, reason: 'typo' }), ['reason'], ['facts']),
    ],
    [
      'POST …/retraction',
      () => `${disclosures}/${target}/retraction`,
      () => mutated(() => ({ retractionId: randomUUID(), reason: 'wrong company' }), ['reason'], []),
    ],
    [
      'POST /v1/articles',
      () => '/v1/articles',
      () =>
        mutated(
          () => ({ text: 'CVS Group a annoncé une cyberattaque.', companyId: COMPANY.companyId, commit: true, source: { publisher: 'Wire' } }),
          ['text'],
          ['source'],
        ),
    ],
  ];

  it.each(routes)('%s answers every one with a 4xx problem and records nothing', async (_name, path, bodies) => {
    const before = head();
    const answers = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(bodies(), async (body) => {
        const response = await request(ledger.baseUrl, 'POST', path(), body);
        answers.set(response.status, (answers.get(response.status) ?? 0) + 1);
        const clientError = response.status >= 400 && response.status < 500;
        expect({ clientError, status: response.status, type: response.headers.get('content-type') }).toEqual({
          clientError: true,
          status: response.status,
          type: expect.stringContaining('application/problem+json'),
        });
      }),
      { numRuns: RUNS, seed: 20261204 },
    );
    expect(head()).toBe(before);
    expect([...answers.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(RUNS);
  });
});
