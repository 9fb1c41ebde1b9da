/** The largest request body accepted, in bytes (1 MiB); a larger one is answered 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The longest path parameter the router accepts; longer ones are answered 414 before any route runs. */
export const MAX_PARAM_LENGTH = 1000;
