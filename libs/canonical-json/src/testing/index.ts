export { mulberry32, randomJsonValues } from './random-json';
export { referenceCanonicalize } from './reference-canonicalize';
export type { ReferenceResult } from './reference-canonicalize';
