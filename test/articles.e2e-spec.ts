import { ARTICLE_COMPANY, COMPANY_NAME_CASES, ENGLISH_ARTICLE, FRENCH_ARTICLE } from './fixtures/articles';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

describe('POST /v1/articles', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    http = client(ledger.baseUrl);
  });
  afterAll(() => ledger.dispose());

  const eventCount = () =>
    runLedgerctl(['read', `company-${ARTICLE_COMPANY.companyId}`, '--json'], { store: ledger.storeFile })
      .stdout.trim()
      .split('\n')
      .filter(Boolean).length;

  it('proposes disclosures with exact quotes and records nothing by default', async () => {
    const response = await http.post('/v1/articles', { text: FRENCH_ARTICLE, publishedOn: '2024-03-14' });
    expect(response.status).toBe(200);
    expect(response.body.language).toBe('fr');
    const types = response.body.proposals.map((p: { type: string }) => p.type);
    expect(types).toEqual(expect.arrayContaining(['BreachAnnounced', 'SystemsTakenOffline', 'RegulatorNotified', 'SharePriceMoved']));
    expect(types).not.toContain('DataExposureConfirmed');
    expect(response.body.proposals.find((p: { type: string }) => p.type === 'BreachAnnounced').occurredOn).toBe('2024-03-13');
    for (const proposal of response.body.proposals) {
      for (const span of proposal.evidence) expect(FRENCH_ARTICLE.slice(span.start, span.end)).toBe(span.quote);
    }
    expect(response.body.companies[0]).toMatchObject({ registered: false });
    expect(eventCount()).toBe(0);
  });

  it.each(COMPANY_NAME_CASES)('finds the company whole and no other: %s', async (text, name) => {
    const response = await http.post('/v1/articles', { text, publishedOn: '2024-03-14' });
    expect(response.status).toBe(200);
    expect(response.body.companies.map((company: { name: string }) => company.name)).toEqual([name]);
  });

  it('gives guidance figures as values: the range now expected and the figure it replaces', async () => {
    const text =
      "Varenne Industrie a abaissé jeudi ses prévisions. Le groupe vise désormais un résultat opérationnel entre 40 et 50 millions d'euros, contre 65 millions d'euros auparavant.";
    const response = await http.post('/v1/articles', { text, publishedOn: '2025-11-20' });
    expect(response.status).toBe(200);
    const guidance = response.body.proposals.find((p: { type: string }) => p.type === 'GuidanceChanged');
    expect(guidance.facts).toMatchObject({
      direction: 'down',
      current: { text: "entre 40 et 50 millions d'euros", low: 40e6, high: 50e6, currency: 'EUR' },
      previous: { low: 65e6, high: 65e6, currency: 'EUR' },
    });
  });

  it('records the proposals with the article as source when committed, once', async () => {
    expect((await http.post('/v1/companies', ARTICLE_COMPANY)).status).toBe(201);
    const body = {
      text: ENGLISH_ARTICLE,
      publishedOn: '2024-03-14',
      source: { publisher: 'Example Wire', url: 'https://news.example.com/harbour' },
      commit: true,
    };
    const first = await http.post('/v1/articles', body);
    expect(first.status).toBe(201);
    expect(first.body.companyId).toBe('harbour-foods');
    expect(first.body.disclosures).toHaveLength(first.body.proposals.length);
    expect(first.body.disclosures.map((d: { disclosureId: string }) => d.disclosureId)).toEqual(
      first.body.proposals.map((p: { disclosureId: string }) => p.disclosureId),
    );
    const count = eventCount();
    expect(count).toBe(1 + first.body.proposals.length);

    const stored = runLedgerctl(['read', 'company-harbour-foods', '--json'], { store: ledger.storeFile })
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(stored[1].data).toMatchObject({
      disclosedAt: '2024-03-14',
      source: { kind: 'news', publisher: 'Example Wire', url: 'https://news.example.com/harbour', language: 'en' },
    });
    expect(stored[1].data.evidence[0].quote).toBe(ENGLISH_ARTICLE.slice(stored[1].data.evidence[0].start, stored[1].data.evidence[0].end));

    const again = await http.post('/v1/articles', { ...body, companyId: 'harbour-foods' });
    expect(again.status).toBe(200);
    expect(again.body.disclosures).toEqual(first.body.disclosures);
    expect(eventCount()).toBe(count);
  });

  it('needs a company to commit when the article names no registered one', async () => {
    const response = await http.post('/v1/articles', { text: FRENCH_ARTICLE, commit: true });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['companyId']);
    expect((await http.post('/v1/articles', { text: FRENCH_ARTICLE, commit: true, companyId: 'nobody-here' })).status).toBe(404);
  });

  it.each([
    ['an empty text', { text: '  ' }, 'text'],
    ['no text', {}, 'text'],
    ['a bad date', { text: 'x', publishedOn: '14/03/2024' }, 'publishedOn'],
    ['an unknown language', { text: 'x', language: 'de' }, 'language'],
    ['an unknown field', { text: 'x', mood: 'calm' }, 'mood'],
    ['a commit that is not a boolean', { text: 'x', commit: 'yes' }, 'commit'],
    ['a source url that is not http', { text: 'x', source: { url: 'ftp://x' } }, 'source.url'],
  ])('answers 400 for %s, naming the field', async (_case, body, field) => {
    const response = await http.post('/v1/articles', body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('answers 413 for a text over 200,000 characters, within the body limit', async () => {
    const response = await http.post('/v1/articles', { text: 'a'.repeat(200_001) });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await http.post('/v1/articles', { text: `${'a '.repeat(99_980)}Shares in Acme fell 2%.` })).status).toBe(200);
  });
});
