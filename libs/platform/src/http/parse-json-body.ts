import type { IncomingHttpHeaders } from 'node:http';
import { requireUtf8Charset } from './charset';
import { requireIdentityCoding } from './content-coding';
import { rejectPrototypeKeys } from './prototype-keys';
import { malformedBody } from './request-body-problems';
import { decodeStrictUtf8 } from './strict-utf8';

/** A JSON request body as a value, or the problem (400/415) saying why it cannot be read. */
export function parseJsonBody(body: Buffer, headers: IncomingHttpHeaders): unknown {
  requireIdentityCoding(headers['content-encoding']);
  requireUtf8Charset(headers['content-type']);
  if (body.length === 0) throw malformedBody('the body is empty: send a JSON document');
  const text = decodeStrictUtf8(body);
  const value = parseJson(text);
  rejectPrototypeKeys(text, value);
  return value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformedBody(`the body is not valid JSON: ${(error as Error).message}`);
  }
}
