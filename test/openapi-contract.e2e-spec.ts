import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { request } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { OPENAPI_FILE } from './support/openapi-contract';

jest.setTimeout(60_000);

describe('the OpenAPI document the ledger serves', () => {
  let ledger: LedgerProcess;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
  });

  afterAll(async () => {
    await ledger?.dispose();
  });

  it('is the one committed in docs/openapi.json (after an API change: npm run openapi)', async () => {
    const served = await fetch(`${ledger.baseUrl}/docs-json`);
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')));
  });
});

/** A stand-in for the ledger that answers whatever the test says, to show that the check catches a departure. */
describe('the check of every answer against the document', () => {
  let server: Server;
  let baseUrl: string;
  let answer: (response: ServerResponse) => void = () => undefined;

  beforeAll(async () => {
    server = createServer((_request: IncomingMessage, response: ServerResponse) => answer(response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const problem = (status: number, body: object) => (response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'application/problem+json' }).end(JSON.stringify(body));
  };
  const registration = { companyId: 'acme', name: 'Acme plc' };
  const complete = { type: 'https://disclosure-ledger.dev/problems/validation', title: 'Invalid request', status: 400, detail: 'name: must be a string' };

  it('passes a problem the document describes', async () => {
    answer = problem(400, complete);
    await expect(request(baseUrl, 'POST', '/v1/companies', registration)).resolves.toMatchObject({ status: 400 });
  });

  it('fails a problem without title', async () => {
    const { title: _title, ...untitled } = complete;
    answer = problem(400, untitled);
    await expect(request(baseUrl, 'POST', '/v1/companies', registration)).rejects.toThrow(
      /POST \/v1\/companies → 400: body must have required property 'title'/,
    );
  });

  it('fails a status the operation does not document', async () => {
    answer = problem(418, { ...complete, status: 418 });
    await expect(request(baseUrl, 'POST', '/v1/companies', registration)).rejects.toThrow(/→ 418: status not documented/);
  });

  it('fails a problem sent as plain JSON where the document says problem+json', async () => {
    answer = (response) => response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(complete));
    await expect(request(baseUrl, 'POST', '/v1/companies', registration)).rejects.toThrow(/content type "application\/json" not documented/);
  });

  it('fails a write answered without the ETag the document requires', async () => {
    answer = (response) =>
      response
        .writeHead(201, { 'content-type': 'application/json', location: '/v1/companies/acme' })
        .end(JSON.stringify({ companyId: 'acme', revision: 0, position: '1' }));
    await expect(request(baseUrl, 'POST', '/v1/companies', registration)).rejects.toThrow(/header ETag is required and missing/);
  });

  it('fails a success body of the wrong shape, and leaves paths the document does not describe alone', async () => {
    answer = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ companies: 'none', next: null }));
    await expect(request(baseUrl, 'GET', '/v1/companies?q=acme', undefined)).rejects.toThrow(/body\/companies must be array/);
    await expect(request(baseUrl, 'GET', '/not/in/the/document', undefined)).resolves.toMatchObject({ status: 200 });
  });
});
