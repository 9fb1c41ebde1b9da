import { createHash } from 'node:crypto';
import { canonicalJson } from '@ledger/canonical-json';
import { randomJsonValues, referenceCanonicalize } from '@ledger/canonical-json/testing';
import { ChainLink, GENESIS_HASH, computeEventHash, hashCanonicalLink } from './event-hash';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const link: ChainLink = {
  streamId: 'company-acme',
  revision: 3,
  id: '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b',
  type: 'BreachAnnounced',
  data: { summary: 'Unauthorised access', externalAccess: true, nested: { b: 2, a: [1, 'é'] } },
  metadata: { recordedAt: '2024-03-01T10:00:00.000Z', correlationId: 'c-1' },
  prevHash: 'ab'.repeat(32),
};

describe('computeEventHash', () => {
  it('is the SHA-256 of the RFC 8785 form given by the reference implementation', () => {
    const datas = randomJsonValues(200, 42).map((value, i) => ({ value, i }));
    const hashed = datas.map((data) => ({ ...link, data, revision: data.i }));
    const reference = referenceCanonicalize(hashed);
    hashed.forEach((one, i) => {
      const expected = reference[i];
      if (!('text' in expected)) throw new Error(`reference rejected input ${i}: ${expected.error}`);
      expect(computeEventHash(one)).toBe(sha256(expected.text));
    });
  });

  it('escapes ids, types and stream names as RFC 8785 does', () => {
    const awkward = { ...link, streamId: 'company-"quoted"', id: 'back\\slash\u0001', type: 'Type\twith tab é😀' };
    const [expected] = referenceCanonicalize([awkward]);
    if (!('text' in expected)) throw new Error(expected.error);
    expect(computeEventHash(awkward)).toBe(sha256(expected.text));
    expect(() => computeEventHash({ ...link, id: 'lone \ud800' })).toThrow(RangeError);
  });

  it('leaves prevHash and hash found in metadata out of the hash', () => {
    const sealed = { ...link, metadata: { ...link.metadata, prevHash: 'x', hash: 'y' } };
    expect(computeEventHash(sealed)).toBe(computeEventHash(link));
  });

  it('treats absent metadata as empty metadata', () => {
    expect(computeEventHash({ ...link, metadata: undefined })).toBe(computeEventHash({ ...link, metadata: {} }));
  });

  it.each<[string, Partial<ChainLink>]>([
    ['streamId', { streamId: 'company-acme2' }],
    ['revision', { revision: 4 }],
    ['id', { id: '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4c' }],
    ['type', { type: 'BreachAnnounce' }],
    ['data', { data: { ...link.data, externalAccess: false } }],
    ['metadata', { metadata: { ...link.metadata, correlationId: 'c-2' } }],
    ['prevHash', { prevHash: GENESIS_HASH }],
  ])('changes when %s changes', (_field, change) => {
    expect(computeEventHash({ ...link, ...change })).not.toBe(computeEventHash(link));
  });

  it('does not depend on the order of members', () => {
    const reordered = { ...link, data: { nested: { a: [1, 'é'], b: 2 }, externalAccess: true, summary: 'Unauthorised access' } };
    expect(computeEventHash(reordered)).toBe(computeEventHash(link));
  });

  it('agrees with hashCanonicalLink over pre-serialised parts', () => {
    expect(hashCanonicalLink({ ...link, canonicalData: canonicalJson(link.data), canonicalMetadata: canonicalJson(link.metadata) })).toBe(
      computeEventHash(link),
    );
  });

  it('starts every stream from 64 zeros', () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });
});
