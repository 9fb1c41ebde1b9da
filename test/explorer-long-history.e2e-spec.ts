import type { Browser, Page } from 'playwright-core';
import { ARTICLE_COMPANY } from './fixtures/articles';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { describeInBrowser, launchBrowser, offlinePage } from './support/browser';
import { client } from './support/http';
import { LedgerProcess } from './support/ledger-process';

jest.setTimeout(180_000);

const HISTORY = 5_000;
const BATCH = 1_000;
const TYPES = ['OtherDisclosure', 'SharePriceMoved', 'OperationalImpactReported', 'GuidanceChanged'];

/** A disclosure a day back from 2024-12-31, of a few types in turn, each quoting its evidence. */
function historyItem(index: number): Record<string, unknown> {
  const day = new Date(Date.UTC(2024, 11, 31) - index * 86_400_000).toISOString().slice(0, 10);
  const type = TYPES[index % TYPES.length];
  const facts =
    type === 'SharePriceMoved' ? { direction: index % 2 ? 'up' : 'down', changePct: 1 + (index % 5), price: 900 + (index % 97), currency: 'GBX' } : undefined;
  return disclosure(type, { occurredAt: day, disclosedAt: day, evidence: [{ quote: `Disclosure number ${index}` }], ...(facts ? { facts } : {}) });
}

describeInBrowser('the explorer on a company with 5,000 disclosures', () => {
  let ledger: LedgerProcess;
  let browser: Browser;
  let page: Page;
  let position = '';

  beforeAll(async () => {
    ledger = await LedgerProcess.start();
    const http = client(ledger.baseUrl);
    expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
    for (let start = 0; start < HISTORY; start += BATCH) {
      const written = await http.post('/v1/companies/cvs-group/disclosures', {
        disclosures: Array.from({ length: BATCH }, (_, offset) => historyItem(start + offset)),
      });
      expect(written.status).toBe(201);
      position = written.body.position;
    }
    // The same-run peer: a company with a short history, opened the same way.
    expect((await http.post('/v1/companies', ARTICLE_COMPANY)).status).toBe(201);
    position = (await http.post('/v1/companies/harbour-foods/disclosures', { disclosures: [0, 1, 2, 3, 4].map(historyItem) })).body.position;
    const status = await http.get(`/v1/companies/cvs-group?minPosition=${position}`);
    expect(status.body.revision).toBe(HISTORY);
    browser = await launchBrowser();
    ({ page } = await offlinePage(browser, ledger.baseUrl));
    // A first visit loads the assets, so that the figure below is the company's, not the cold cache's.
    await page.goto(`${ledger.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.dispose();
  });

  /** Milliseconds from navigation to the company's status and newest disclosure on screen. */
  async function open(companyId: string): Promise<number> {
    const startedAt = Date.now();
    await page.goto(`${ledger.baseUrl}/companies/${companyId}`);
    await page.locator('.timeline .evidence', { hasText: 'Disclosure number 0”' }).waitFor();
    await page.getByTestId('incident-state').waitFor();
    return Date.now() - startedAt;
  }

  it('opens on the newest page of the history and loads older pages as it scrolls', async () => {
    const shortMs = await open('harbour-foods');
    const longMs = await open('cvs-group');
    const shown = await page.locator('.timeline > li').count();
    console.log(
      `explorer: a company with ${HISTORY} disclosures opened (status and first ${shown} timeline entries shown) in ${longMs} ms; one with 5 in ${shortMs} ms (ratio ${(longMs / shortMs).toFixed(2)})`,
    );
    expect(shown).toBeLessThan(HISTORY);

    const scrolledAt = Date.now();
    await page.locator('.timeline-end').scrollIntoViewIfNeeded();
    await page.locator('.timeline > li').nth(shown).waitFor();
    console.log(`explorer: the next page of the timeline came ${Date.now() - scrolledAt} ms after the end scrolled into view`);
    await page.locator('.timeline .evidence', { hasText: `Disclosure number ${shown}”` }).waitFor();
  });
});
