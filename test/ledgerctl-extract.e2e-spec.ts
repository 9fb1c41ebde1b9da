import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTICLE_COMPANY, COMPANY_NAME_CASES, ENGLISH_ARTICLE, FRENCH_ARTICLE } from './fixtures/articles';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(60_000);

describe('ledgerctl extract and ingest', () => {
  let dir: string;
  let store: string;
  let article: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledgerctl-extract-e2e-'));
    store = join(dir, 'ledger.db');
    article = join(dir, 'article.txt');
    writeFileSync(article, ENGLISH_ARTICLE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const eventsInStore = () =>
    runLedgerctl(['read', `company-${ARTICLE_COMPANY.companyId}`, '--json'], { store })
      .stdout.trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));

  it('prints proposals as JSON, with exact quotes, from a file', () => {
    const run = runLedgerctl(['extract', article, '--published-on', '2024-03-14', '--json'], { store });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.language).toBe('en');
    expect(result.proposals.map((p: { type: string }) => p.type)).toEqual(
      expect.arrayContaining([
        'BreachAnnounced',
        'SystemsTakenOffline',
        'ExternalAdvisersEngaged',
        'RegulatorNotified',
        'OperationalImpactReported',
        'SharePriceMoved',
      ]),
    );
    expect(result.proposals.map((p: { type: string }) => p.type)).not.toContain('DataExposureConfirmed');
    const move = result.proposals.find((p: { type: string }) => p.type === 'SharePriceMoved');
    expect(move).toMatchObject({ occurredOn: '2024-03-13', facts: { direction: 'down', changePct: 7.2, price: 154, currency: 'GBX' } });
    for (const proposal of result.proposals) {
      for (const span of proposal.evidence) expect(ENGLISH_ARTICLE.slice(span.start, span.end)).toBe(span.quote);
    }
    expect(result.companies[0]).toMatchObject({ name: 'Harbour Foods plc', registered: false });
  });

  it('reads standard input, takes the language it is told, and prints a table with each quote', () => {
    const run = runLedgerctl(['extract', '-', '--lang', 'fr'], { store, input: FRENCH_ARTICLE });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('language: fr');
    expect(run.stdout).toContain('SharePriceMoved');
    expect(run.stdout).toContain('"L\'action Vantelle recule de 3,4 % à 27,15 euros."');
    expect(run.stdout).not.toContain('DataExposureConfirmed');
  });

  it.each(COMPANY_NAME_CASES)('finds the company whole and no other: %s', (text, name) => {
    const run = runLedgerctl(['extract', '-', '--json'], { store, input: text });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).companies.map((company: { name: string }) => company.name)).toEqual([name]);
  });

  it('refuses bad usage with exit 2', () => {
    expect(runLedgerctl(['extract', article, '--lang', 'de'], { store }).status).toBe(2);
    expect(runLedgerctl(['extract', article, '--published-on', 'yesterday'], { store }).status).toBe(2);
    const missing = runLedgerctl(['extract', join(dir, 'absent.txt')], { store });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    expect(runLedgerctl(['extract', '-'], { store, input: '   ' }).status).toBe(2);
  });

  it('resolves the company against registrations, dry-runs an ingest, then records it once', () => {
    expect(runLedgerctl(['register', '-'], { store, input: JSON.stringify(ARTICLE_COMPANY) }).status).toBe(0);
    const resolved = JSON.parse(runLedgerctl(['extract', article, '--json', '--store', store], { store }).stdout);
    expect(resolved.companies[0]).toMatchObject({ companyId: 'harbour-foods', registered: true });

    const dryRun = runLedgerctl(['ingest', article, '--company', 'harbour-foods', '--published-on', '2024-03-14'], { store });
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toContain('dry run');
    expect(eventsInStore()).toHaveLength(1);

    const args = ['ingest', article, '--company', 'harbour-foods', '--published-on', '2024-03-14', '--publisher', 'Example Wire', '--commit'];
    const first = runLedgerctl(args, { store });
    expect(first.status).toBe(0);
    const written = JSON.parse(first.stdout);
    expect(written.replayed).toBe(false);
    const events = eventsInStore();
    expect(events.length).toBe(1 + written.disclosures.length);
    const breach = events.find((event: { type: string }) => event.type === 'BreachAnnounced');
    expect(breach.data).toMatchObject({
      occurredAt: '2024-03-12',
      disclosedAt: '2024-03-14',
      source: { kind: 'news', publisher: 'Example Wire', language: 'en' },
    });
    expect(ENGLISH_ARTICLE.slice(breach.data.evidence[0].start, breach.data.evidence[0].end)).toBe(breach.data.evidence[0].quote);

    const again = runLedgerctl(args, { store });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ replayed: true, disclosures: written.disclosures });
    expect(eventsInStore()).toHaveLength(events.length);
  });

  it('rejects an ingest for an unregistered company with exit 1', () => {
    const run = runLedgerctl(['ingest', article, '--company', 'nobody-here', '--commit'], { store });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CompanyNotRegistered');
  });
});
