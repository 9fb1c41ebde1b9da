/**
 * How many objects and arrays may be nested in a request body, the body itself counting as one.
 * The deepest valid body is a batch whose disclosure carries a list in its facts or evidence
 * (body > disclosures > item > facts or evidence > list or span: 5 levels); the margin is generous.
 */
export const MAX_NESTING_DEPTH = 32;

export const TOO_DEEP_MESSAGE = `nests deeper than ${MAX_NESTING_DEPTH} levels of objects and arrays`;
