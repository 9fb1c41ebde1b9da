import type { IncomingHttpHeaders } from 'node:http';
import { parseJsonBody } from './parse-json-body';
import { ProblemException } from './problem';

const JSON_TYPE = { 'content-type': 'application/json' };

function problemOf(body: Buffer, headers: IncomingHttpHeaders = JSON_TYPE) {
  try {
    parseJsonBody(body, headers);
  } catch (error) {
    if (error instanceof ProblemException) return { ...error.problem, headers: error.headers };
    throw error;
  }
  throw new Error(`${body.toString('hex')} was accepted`);
}

describe('parseJsonBody', () => {
  it('reads a UTF-8 JSON body, with or without a declared utf-8 charset', () => {
    const body = Buffer.from('{"summary":"accès"}');
    expect(parseJsonBody(body, JSON_TYPE)).toEqual({ summary: 'accès' });
    expect(parseJsonBody(body, { 'content-type': 'application/json; charset=UTF-8' })).toEqual({ summary: 'accès' });
    expect(parseJsonBody(body, { 'content-type': 'application/json;charset="utf-8"', 'content-encoding': 'identity' })).toEqual({ summary: 'accès' });
  });

  it.each([
    ['a stray byte', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['an overlong "/"', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d])],
    ['an encoded surrogate', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d])],
    ['a truncated sequence', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe2, 0x82, 0x22, 0x7d])],
  ])('refuses %s with 400: the body is not valid UTF-8', (_, body) => {
    expect(problemOf(body)).toMatchObject({ status: 400, detail: 'the body is not valid UTF-8' });
  });

  it.each(['iso-8859-1', 'ISO-8859-1', 'utf-16', 'latin1'])('refuses charset=%s with 415 naming UTF-8', (charset) => {
    const problem = problemOf(Buffer.from('{}'), { 'content-type': `application/json; charset=${charset}` });
    expect(problem.status).toBe(415);
    expect(problem.detail).toContain(`"${charset}"`);
    expect(problem.detail).toContain('UTF-8');
  });

  it.each(['gzip', 'deflate', 'br', 'identity, gzip'])('refuses content coding %s with 415 and Accept-Encoding: identity', (coding) => {
    const problem = problemOf(Buffer.from('{}'), { ...JSON_TYPE, 'content-encoding': coding });
    expect(problem.status).toBe(415);
    expect(problem.detail).toMatch(/content coding "(gzip|deflate|br)" is not supported/);
    expect(problem.headers).toEqual({ 'accept-encoding': 'identity' });
  });

  it('refuses an empty body with 400 saying so', () => {
    expect(problemOf(Buffer.alloc(0))).toMatchObject({ status: 400, detail: 'the body is empty: send a JSON document' });
  });

  it('refuses malformed JSON with 400 saying where the parser failed', () => {
    const problem = problemOf(Buffer.from('{"type": "OtherDisclosure",'));
    expect(problem.status).toBe(400);
    expect(problem.detail).toMatch(/^the body is not valid JSON: .*position 27/);
  });

  it.each([
    ['{"__proto__":{"admin":true}}', '__proto__'],
    ['{"facts":{"\\u005f_proto__":{}}}', 'facts.__proto__'],
    ['{"list":[1,{"constructor":{"prototype":{"admin":true}}}]}', 'list[1].constructor.prototype'],
  ])('refuses %s with 400 naming the key that is not allowed', (text, path) => {
    const problem = problemOf(Buffer.from(text));
    expect(problem.status).toBe(400);
    expect(problem.detail).toContain('not allowed');
    expect(problem.errors).toEqual([{ path, message: expect.stringContaining('is not an allowed key') }]);
  });

  it('accepts "constructor" and "proto" as ordinary keys and values', () => {
    const value = { constructor: 'Acme', summary: '__proto__', proto: { prototype: 1 } };
    expect(parseJsonBody(Buffer.from(JSON.stringify(value)), JSON_TYPE)).toEqual(value);
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    const depth = 200_000;
    const text = `${'['.repeat(depth)}"constructor"${']'.repeat(depth)}`;
    expect(() => parseJsonBody(Buffer.from(text), JSON_TYPE)).not.toThrow();
  });
});
