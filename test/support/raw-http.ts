import { request as httpRequest, OutgoingHttpHeaders } from 'node:http';
import { adminKeyFor } from './api-keys';
import { contractFailure, nodeHeaders, parsedBody } from './openapi-contract';

export interface RawResponse {
  status: number;
  contentType: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * A request sent byte for byte as given: raw bodies, repeated header lines, paths the URL parser would
 * fix. A server may answer a body it refuses (413) before it has read it all and close the connection:
 * the answer counts, and the failed write of the rest of the body is not an error.
 */
export function send(baseUrl: string, method: string, path: string, body?: Buffer | string, headers: OutgoingHttpHeaders = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const key = adminKeyFor(baseUrl);
  if (key && !Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) headers = { ...headers, authorization: `Bearer ${key}` };
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest({ hostname, port, method, path, headers }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const parsed = parsedBody(Buffer.concat(chunks).toString('utf8'));
        const mismatch = contractFailure({ method, path, status: response.statusCode ?? 0, header: nodeHeaders(response.headers), body: parsed });
        if (mismatch) return reject(mismatch);
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type']), headers: response.headers, body: parsed });
      });
    });
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.end(body);
  });
}
