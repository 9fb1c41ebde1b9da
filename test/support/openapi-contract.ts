import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { REPO_ROOT } from './ledger-process';

/** The committed document; a separate test keeps it equal to the one the apps serve. */
export const OPENAPI_FILE = join(REPO_ROOT, 'docs/openapi.json');

/** A response as received, whichever client received it. */
export interface ReceivedResponse {
  method: string;
  /** The request path, with or without its query string. */
  path: string;
  status: number;
  /** Header lookup by lower-case name. */
  header: (name: string) => string | undefined;
  /** The parsed JSON body, the text when not JSON, or undefined when the body is not read (a live stream). */
  body?: unknown;
}

interface ResponseObject {
  headers?: Record<string, { required?: boolean; schema?: object }>;
  content?: Record<string, { schema?: object }>;
}

interface Operation {
  responses?: Record<string, ResponseObject>;
}

const DOCUMENT_ID = 'urn:ledger:openapi';

/**
 * Checks responses against an OpenAPI 3.1 document: the status must be one the operation documents, the
 * headers it names must be there and match, and the body must have a documented media type and match its
 * schema. Only operations the document describes are checked: a path it does not name is not its business.
 */
export class OpenApiContract {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; template: string; pattern: RegExp; literals: number }[] = [];

  constructor(private readonly document: { paths: Record<string, Record<string, Operation>> }) {
    addFormats(this.ajv);
    this.ajv.addSchema(document, DOCUMENT_ID);
    for (const [template, item] of Object.entries(document.paths)) {
      const segments = template.split('/');
      const pattern = new RegExp(`^${segments.map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : escapeRegExp(segment))).join('/')}/?$`);
      const literals = segments.filter((segment) => !segment.startsWith('{')).length;
      for (const method of Object.keys(item)) this.routes.push({ method, template, pattern, literals });
    }
    // A literal segment wins over a template one (/v1/streams/all before /v1/streams/{x}).
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  static fromFile(file = OPENAPI_FILE): OpenApiContract {
    return new OpenApiContract(JSON.parse(readFileSync(file, 'utf8')));
  }

  /** Every way the response departs from the document; empty when it matches or the document does not describe it. */
  mismatches(response: ReceivedResponse): string[] {
    const pathname = new URL(response.path, 'http://ledger.invalid').pathname;
    const method = response.method.toLowerCase();
    const route = this.routes.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
    if (!route) return [];
    const where = `${response.method.toUpperCase()} ${route.template} → ${response.status}`;
    const responses = this.document.paths[route.template][method].responses ?? {};
    const statusKey =
      String(response.status) in responses
        ? String(response.status)
        : `${String(response.status)[0]}XX` in responses
          ? `${String(response.status)[0]}XX`
          : 'default';
    const documented = responses[statusKey];
    if (!documented) return [`${where}: status not documented (documented: ${Object.keys(responses).join(', ')})`];
    const pointer = `#/paths/${escapePointer(route.template)}/${method}/responses/${statusKey}`;
    return [...this.headerMismatches(where, pointer, documented, response), ...this.bodyMismatches(where, pointer, documented, response)];
  }

  /** Throws, naming every mismatch, unless the response matches the document. */
  check(response: ReceivedResponse): void {
    const found = this.mismatches(response);
    if (found.length > 0) throw new Error(`the response departs from the OpenAPI document:\n  ${found.join('\n  ')}\nbody: ${JSON.stringify(response.body)}`);
  }

  private headerMismatches(where: string, pointer: string, documented: ResponseObject, response: ReceivedResponse): string[] {
    const found: string[] = [];
    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      const value = response.header(name.toLowerCase());
      if (value === undefined) {
        if (header.required) found.push(`${where}: header ${name} is required and missing`);
        continue;
      }
      if (!header.schema) continue;
      const validate = this.validator(`${pointer}/headers/${escapePointer(name)}/schema`);
      if (!validate(value)) found.push(...describeErrors(`${where}: header ${name}`, validate));
    }
    return found;
  }

  private bodyMismatches(where: string, pointer: string, documented: ResponseObject, response: ReceivedResponse): string[] {
    const content = documented.content;
    if (!content || response.body === undefined) return [];
    const mediaType = (response.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!(mediaType in content)) return [`${where}: content type ${JSON.stringify(mediaType)} not documented (documented: ${Object.keys(content).join(', ')})`];
    if (!content[mediaType].schema) return [];
    const validate = this.validator(`${pointer}/content/${escapePointer(mediaType)}/schema`);
    return validate(response.body) ? [] : describeErrors(`${where}: body`, validate);
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

function describeErrors(what: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => `${what}${error.instancePath} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let shared: OpenApiContract | undefined;

/** The committed document's contract, loaded once per test file. */
export function apiContract(): OpenApiContract {
  shared ??= OpenApiContract.fromFile();
  return shared;
}

/** The error naming how the response departs from the document, or undefined when it matches. */
export function contractFailure(response: ReceivedResponse): Error | undefined {
  try {
    apiContract().check(response);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** A header lookup over node:http's received headers (a repeated header joined as one list). */
export function nodeHeaders(headers: IncomingHttpHeaders): (name: string) => string | undefined {
  return (name) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
}

/** The body as the helpers hand it over: parsed when JSON, the text otherwise, undefined when empty. */
export function parsedBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
