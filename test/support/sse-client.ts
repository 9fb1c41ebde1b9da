import * as http from 'node:http';
import { SseMessage, parseSseBlock } from '@ledger/client';
import { contractFailure, nodeHeaders, parsedBody } from './openapi-contract';

/** One Server-Sent Events message; `data` is left as text (JSON in this API). */
export type { SseMessage };

/** Splits a text/event-stream body into messages, whatever the chunk boundaries. Comments are counted, not returned. */
export class SseParser {
  private rest = '';
  comments = 0;

  push(chunk: string, onMessage: (message: SseMessage) => void): void {
    this.rest += chunk;
    let end: number;
    while ((end = this.rest.indexOf('\n\n')) !== -1) {
      const block = this.rest.slice(0, end);
      this.rest = this.rest.slice(end + 2);
      const message = this.parseBlock(block);
      if (message) onMessage(message);
    }
  }

  private parseBlock(block: string): SseMessage | null {
    this.comments += block.split('\n').filter((line) => line.startsWith(':')).length;
    return parseSseBlock(block) ?? null;
  }
}

export interface SseConnection {
  status: number;
  headers: http.IncomingHttpHeaders;
  response: http.IncomingMessage;
  /** Resolves when the server ends the stream or the connection drops. */
  ended: Promise<void>;
  close(): void;
}

/**
 * Opens a stream on its own socket and resolves once the response headers arrive (the server attaches
 * the client before it sends them). A non-200 answer resolves too, with its body in `errorBody`.
 */
export function openSse(
  url: string,
  onMessage: (message: SseMessage) => void,
  options: { headers?: Record<string, string>; parser?: SseParser } = {},
): Promise<SseConnection & { errorBody?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: { accept: 'text/event-stream', ...options.headers } }, (response) => {
      const parser = options.parser ?? new SseParser();
      const ended = new Promise<void>((done) => {
        response.once('close', done);
        response.once('error', () => done());
      });
      const connection = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        response,
        ended,
        close: () => request.destroy(),
      };
      response.setEncoding('utf8');
      const contract = { method: 'GET', path: new URL(url).pathname, status: connection.status, header: nodeHeaders(response.headers) };
      if (connection.status !== 200) {
        let body = '';
        response.on('data', (chunk: string) => (body += chunk));
        response.once('end', () => {
          const mismatch = contractFailure({ ...contract, body: parsedBody(body) });
          if (mismatch) reject(mismatch);
          else resolve({ ...connection, errorBody: body });
        });
        return;
      }
      // An event stream's body is not JSON: its status and headers are checked.
      const mismatch = contractFailure(contract);
      if (mismatch) {
        request.destroy();
        return reject(mismatch);
      }
      response.on('data', (chunk: string) => parser.push(chunk, onMessage));
      resolve(connection);
    });
    request.on('error', reject);
  });
}
