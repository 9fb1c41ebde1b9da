export { canonicalJson } from './canonical-json';
export { canonicalString } from './canonical-string';
