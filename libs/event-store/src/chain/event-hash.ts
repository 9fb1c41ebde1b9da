import { hash } from 'node:crypto';
import { canonicalJson, canonicalString } from '@ledger/canonical-json';
import { JsonObject } from '../port/event-store';

/** prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers. Any prevHash or hash inside metadata is left out of the hash. */
export interface ChainLink {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: JsonObject;
  metadata?: JsonObject;
  prevHash: string;
}

/** A chain link whose data and metadata (already without prevHash and hash) are canonical JSON text. */
export interface CanonicalChainLink {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  canonicalData: string;
  canonicalMetadata: string;
  prevHash: string;
}

/** SHA-256 (hex) of the RFC 8785 form of {streamId, revision, id, type, data, metadata, prevHash}. */
export function computeEventHash(link: ChainLink): string {
  return hashCanonicalLink({
    streamId: link.streamId,
    revision: link.revision,
    id: link.id,
    type: link.type,
    canonicalData: canonicalJson(link.data),
    canonicalMetadata: canonicalJson(withoutChainFields(link.metadata ?? {})),
    prevHash: link.prevHash,
  });
}

/** The same hash as computeEventHash, for a writer that has already serialised data and metadata. */
export function hashCanonicalLink(link: CanonicalChainLink): string {
  return hashQuotedLink({
    quotedStreamId: canonicalString(link.streamId),
    revision: link.revision,
    quotedId: canonicalString(link.id),
    quotedType: canonicalString(link.type),
    canonicalData: link.canonicalData,
    canonicalMetadata: link.canonicalMetadata,
    quotedPrevHash: canonicalString(link.prevHash),
  });
}

/** A chain link whose every member is canonical JSON text already, strings quoted. */
export interface QuotedChainLink {
  quotedStreamId: string;
  revision: number;
  quotedId: string;
  quotedType: string;
  canonicalData: string;
  canonicalMetadata: string;
  quotedPrevHash: string;
}

/** The same hash again, for a writer that quotes each string once (a stream name once per append). */
export function hashQuotedLink(link: QuotedChainLink): string {
  if (!Number.isSafeInteger(link.revision)) throw new RangeError(`not a revision: ${link.revision}`);
  // Members in RFC 8785 order: data, id, metadata, prevHash, revision, streamId, type.
  const text =
    `{"data":${link.canonicalData},"id":${link.quotedId},"metadata":${link.canonicalMetadata},` +
    `"prevHash":${link.quotedPrevHash},"revision":${link.revision},` +
    `"streamId":${link.quotedStreamId},"type":${link.quotedType}}`;
  return hash('sha256', text, 'hex');
}

/** Metadata as the hash sees it: the caller's fields, without the chain's own prevHash and hash. */
export function withoutChainFields(metadata: JsonObject): JsonObject {
  if (!('prevHash' in metadata) && !('hash' in metadata)) return metadata;
  const { prevHash: _prevHash, hash: _hash, ...rest } = metadata;
  return rest;
}
