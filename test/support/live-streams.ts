import * as http from 'node:http';
import { SAMPLE_FACTS, disclosure } from '../fixtures/disclosures';
import { client } from './http';
import { contractFailure, nodeHeaders, parsedBody } from './openapi-contract';
import { SseConnection, SseMessage, openSse } from './sse-client';

export const DISCLOSURE_TYPES = Object.keys(SAMPLE_FACTS);

/** A disclosure as a live client sees it. */
export interface Delivered {
  id: string;
  event: string;
  data: { type: string; companyId: string; disclosureId: string; revision: number; position: string; recordedAt: string };
}

export function parseDelivered(message: SseMessage): Delivered {
  return { id: message.id ?? '', event: message.event, data: JSON.parse(message.data) };
}

export async function registerCompanies(baseUrl: string, companyIds: string[]): Promise<void> {
  const http = client(baseUrl);
  for (const companyId of companyIds) {
    const answer = await http.post('/v1/companies', { companyId, name: `${companyId} plc` });
    if (answer.status !== 201) throw new Error(`registering ${companyId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

/** Records disclosures of the given types in one request; resolves with the log position of the last one. */
export async function record(baseUrl: string, companyId: string, types: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const body = types.length === 1 ? disclosure(types[0], extra) : { disclosures: types.map((type) => disclosure(type, extra)) };
  const answer = await client(baseUrl).post(`/v1/companies/${companyId}/disclosures`, body);
  if (answer.status !== 201) throw new Error(`recording for ${companyId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.position;
}

/** An SSE client that keeps every message (and every error message) it receives. */
export class StreamClient {
  readonly received: Delivered[] = [];
  readonly errors: unknown[] = [];
  connection!: SseConnection & { errorBody?: string };

  static async open(url: string, headers: Record<string, string> = {}): Promise<StreamClient> {
    const stream = new StreamClient();
    stream.connection = await openSse(
      url,
      (message) => {
        if (message.event === 'error') stream.errors.push(JSON.parse(message.data));
        else stream.received.push(parseDelivered(message));
      },
      { headers },
    );
    return stream;
  }

  get ids(): string[] {
    return this.received.map((message) => message.id);
  }

  close(): void {
    this.connection.close();
  }
}

/** Reads NDJSON lines from a stream, on its own socket. */
export function openNdjson(
  url: string,
  onLine: (line: unknown) => void,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; close(): void; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: { accept: 'application/x-ndjson', ...headers } }, (response) => {
      const contract = { method: 'GET', path: new URL(url).pathname, status: response.statusCode ?? 0, header: nodeHeaders(response.headers) };
      if (contract.status !== 200) {
        // A refusal is one problem document: checked whole against the document, then handed over as an ended stream.
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.once('end', () => {
          const mismatch = contractFailure({ ...contract, body: parsedBody(body) });
          if (mismatch) return reject(mismatch);
          resolve({ status: contract.status, headers: response.headers, close: () => request.destroy(), ended: Promise.resolve() });
        });
        return;
      }
      const mismatch = contractFailure(contract);
      if (mismatch) {
        request.destroy();
        return reject(mismatch);
      }
      let rest = '';
      const ended = new Promise<void>((done) => response.once('close', done));
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        rest += chunk;
        const lines = rest.split('\n');
        rest = lines.pop()!;
        for (const line of lines) if (line.trim() !== '') onLine(JSON.parse(line));
      });
      resolve({ status: response.statusCode ?? 0, headers: response.headers, close: () => request.destroy(), ended });
    });
    request.on('error', reject);
  });
}

export async function waitUntil(condition: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `promise`, or a rejection saying `what` did not happen within `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
