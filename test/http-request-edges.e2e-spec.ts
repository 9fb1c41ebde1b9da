import { OutgoingHttpHeaders } from 'node:http';
import { gzipSync } from 'node:zlib';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';
import { RawResponse, send } from './support/raw-http';

jest.setTimeout(60_000);

const JSON_TYPE = { 'content-type': 'application/json' };

describe('HTTP request edges of the write API', () => {
  let ledger: LedgerProcess;
  const path = `/v1/companies/${COMPANY.companyId}/disclosures`;
  const post = (body: Buffer | string, headers: OutgoingHttpHeaders = JSON_TYPE, to = path) => send(ledger.baseUrl, 'POST', to, body, headers);
  const valid = () => JSON.stringify(disclosure('OtherDisclosure'));

  const revisionOf = (): number => {
    const events = runLedgerctl(['read', `company-${COMPANY.companyId}`, '--json'], { store: ledger.storeFile });
    return events.stdout.trim().split('\n').length - 1;
  };

  /** Sends a request that must be refused, and checks that the company's stream did not move. */
  const refused = async (sent: () => Promise<RawResponse>): Promise<RawResponse> => {
    const before = revisionOf();
    const response = await sent();
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: response.status, detail: expect.any(String) });
    expect(revisionOf()).toBe(before);
    return response;
  };

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    const registered = await post(JSON.stringify(COMPANY), JSON_TYPE, '/v1/companies');
    expect(registered.status).toBe(201);
  });
  afterAll(() => ledger.dispose());

  describe('body encoding (UTF-8 only)', () => {
    const withBytes = (bytes: number[]) =>
      Buffer.concat([Buffer.from('{"type":"OtherDisclosure","source":{"kind":"news"},"facts":{"summary":"a'), Buffer.from(bytes), Buffer.from('b"}}')]);

    it.each([
      ['stray bytes \\xff\\xfe', [0xff, 0xfe]],
      ['an overlong \\xc0\\xaf', [0xc0, 0xaf]],
      ['an encoded surrogate \\xed\\xa0\\x80', [0xed, 0xa0, 0x80]],
    ])('refuses a body with %s with 400 "the body is not valid UTF-8", writing nothing', async (_, bytes) => {
      const response = await refused(() => post(withBytes(bytes)));
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('the body is not valid UTF-8');
    });

    it.each(['iso-8859-1', 'ISO-8859-1', 'windows-1252', 'utf-16'])('refuses charset=%s with 415 naming UTF-8, writing nothing', async (charset) => {
      const response = await refused(() => post(valid(), { 'content-type': `application/json; charset=${charset}` }));
      expect(response.status).toBe(415);
      expect(response.body.detail).toContain(`charset "${charset}" is not supported`);
      expect(response.body.detail).toContain('UTF-8');
    });

    it.each(['application/json; charset=utf-8', 'application/json; charset=UTF-8', 'application/json;charset="utf-8"', 'application/json'])(
      'accepts %s',
      async (contentType) => {
        const before = revisionOf();
        const response = await post(JSON.stringify(disclosure('OtherDisclosure', { facts: { summary: 'accès non autorisé' } })), {
          'content-type': contentType,
        });
        expect(response.status).toBe(201);
        expect(response.body.disclosures[0].revision).toBe(before + 1);
      },
    );
  });

  describe('JSON parsing', () => {
    it('refuses malformed JSON with 400 saying where the parser failed', async () => {
      const response = await refused(() => post('{"type": "OtherDisclosure",'));
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/^the body is not valid JSON: .*position 27/);
    });

    it('refuses an empty JSON body with 400 saying it is empty', async () => {
      const response = await refused(() => post(''));
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('the body is empty: send a JSON document');
    });

    it.each([
      ['a __proto__ key', '{"type":"OtherDisclosure","source":{"kind":"news"},"facts":{"summary":"x"},"__proto__":{"admin":true}}', '__proto__'],
      ['an escaped __proto__ key', '{"type":"OtherDisclosure","source":{"kind":"news"},"facts":{"summary":"x","\\u005f_proto__":{}}}', 'facts.__proto__'],
      [
        'a constructor.prototype key',
        '{"type":"OtherDisclosure","source":{"kind":"news","constructor":{"prototype":{}}},"facts":{"summary":"x"}}',
        'source.constructor.prototype',
      ],
    ])('refuses %s with 400 naming the key that is not allowed, not "invalid JSON"', async (_, body, keyPath) => {
      const response = await refused(() => post(body));
      expect(response.status).toBe(400);
      expect(response.body.detail).toContain('not allowed');
      expect(response.body.detail).not.toContain('not valid JSON');
      expect(response.body.errors).toEqual([{ path: keyPath, message: expect.stringContaining('is not an allowed key') }]);
    });

    it('refuses a body over 1 MiB with 413 giving the limit', async () => {
      const response = await refused(() => post(JSON.stringify(disclosure('OtherDisclosure', { facts: { summary: 'x'.repeat(2 * 1024 * 1024) } }))));
      expect(response.status).toBe(413);
      expect(response.body.detail).toContain('1048576 bytes');
    });
  });

  describe('media types and content codings (JSON, uncompressed, only)', () => {
    it.each([
      ['application/x-www-form-urlencoded', 'type=OtherDisclosure&source=news'],
      ['text/plain', valid()],
      ['multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form-data; name="type"\r\n\r\nOtherDisclosure\r\n--x--\r\n'],
      ['application/xml', '<disclosure/>'],
    ])('refuses %s with 415 naming the accepted media type, writing nothing', async (contentType, body) => {
      const response = await refused(() => post(body, { 'content-type': contentType }));
      expect(response.status).toBe(415);
      expect(response.body.detail).toBe(`media type "${contentType}" is not accepted: send application/json; charset=utf-8`);
    });

    it('refuses a body without content-type with 415', async () => {
      const response = await refused(() => post(valid(), {}));
      expect(response.status).toBe(415);
      expect(response.body.detail).toContain('application/json');
    });

    it.each([
      ['gzip', gzipSync(valid())],
      ['deflate', Buffer.from(valid())],
      ['br', Buffer.from(valid())],
    ])('refuses content-encoding %s with 415 and Accept-Encoding: identity, writing nothing', async (coding, body) => {
      const response = await refused(() => post(body, { ...JSON_TYPE, 'content-encoding': coding }));
      expect(response.status).toBe(415);
      expect(response.headers['accept-encoding']).toBe('identity');
      expect(response.body.detail).toBe(`content coding "${coding}" is not supported: send the body uncompressed`);
    });
  });

  describe('path parameters and URLs', () => {
    it("answers a 101-character company id with the app's own 404 problem, not the router's 414", async () => {
      const response = await refused(() => post(valid(), JSON_TYPE, `/v1/companies/${'a'.repeat(101)}/disclosures`));
      expect(response.status).toBe(404);
      expect(response.body.type).toMatch(/company-not-registered$/);
    });

    it("answers a 101-character disclosure id with the app's own problem", async () => {
      const response = await refused(() => post(JSON.stringify({ reason: 'typo' }), JSON_TYPE, `${path}/${'d'.repeat(101)}/retraction`));
      expect(response.status).toBe(404);
      expect(response.body.type).toMatch(/disclosure-not-found$/);
    });

    it("answers a path parameter beyond the router's limit with a 414 problem", async () => {
      const response = await refused(() => post(valid(), JSON_TYPE, `/v1/companies/${'a'.repeat(1001)}/disclosures`));
      expect(response.status).toBe(414);
      expect(response.body.detail).toBe('a path parameter is longer than 1000 characters');
    });

    it('answers a malformed percent-encoding with a 400 problem', async () => {
      const response = await refused(() => post(valid(), JSON_TYPE, '/v1/companies/%E0%A4%A/disclosures'));
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('the path is not valid percent-encoded UTF-8');
    });
  });

  describe('If-Match (RFC 9110 §13.1.1)', () => {
    it('fails a weak tag of the current revision with 412: If-Match compares strongly', async () => {
      const current = revisionOf();
      const response = await refused(() => post(valid(), { ...JSON_TYPE, 'if-match': `W/"${current}"` }));
      expect(response.status).toBe(412);
      expect(response.body.detail).toContain('weak');
    });

    it('refuses a list of revisions with 400 naming If-Match', async () => {
      const current = revisionOf();
      const response = await refused(() => post(valid(), { ...JSON_TYPE, 'if-match': `"${current - 1}", "${current}"` }));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'If-Match', message: `must name only one revision, not "${current - 1}", "${current}"` }]);
    });

    it('refuses two If-Match header lines with 400 naming If-Match', async () => {
      const current = revisionOf();
      // Node sends a header given as an array as one line per value.
      const response = await refused(() => post(valid(), { ...JSON_TYPE, 'If-Match': [`"${current - 1}"`, `"${current}"`] }));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'If-Match', message: expect.stringContaining('only one revision') }]);
    });

    it('still takes a strong tag, a weak tag beside it, and *', async () => {
      let current = revisionOf();
      for (const ifMatch of [`"${current}"`, `W/"${current + 1}", "${current + 1}"`, '*']) {
        const response = await post(valid(), { ...JSON_TYPE, 'if-match': ifMatch });
        expect({ ifMatch, status: response.status }).toEqual({ ifMatch, status: 201 });
        current += 1;
        expect(response.body.disclosures[0].revision).toBe(current);
      }
    });
  });

  it('gives the next valid disclosure exactly the next revision after every rejection', async () => {
    const before = revisionOf();
    const response = await post(valid());
    expect(response.status).toBe(201);
    expect(response.body.disclosures[0].revision).toBe(before + 1);
  });
});
