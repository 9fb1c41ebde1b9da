import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { ARTICLE_COMPANY, ENGLISH_ARTICLE } from './fixtures/articles';
import { COMPANY, disclosure } from './fixtures/disclosures';
import { describeInBrowser, launchBrowser, offlinePage, seriousAccessibilityViolations } from './support/browser';
import { freePort } from './support/free-port';
import { client } from './support/http';
import { LedgerProcess, REPO_ROOT } from './support/ledger-process';
import { runLedgerctl } from './support/run-ledgerctl';

jest.setTimeout(120_000);

const SCREENSHOTS = join(REPO_ROOT, 'docs/images');
const EVIDENCE = 'unauthorised external access to a limited number of its IT systems';
const FIRST_PAGE_JS_BUDGET = 150 * 1024;

describeInBrowser('the explorer in a browser', () => {
  let ledger: LedgerProcess;
  let http: ReturnType<typeof client>;
  let browser: Browser;
  let page: Page;
  let refused: string[];
  /** The scripts the page loaded since the last look, gzipped as a server would send them. */
  const scripts: Promise<number>[] = [];

  beforeAll(async () => {
    // A port of its own, so that the page finds the server again at the same address after a restart.
    ledger = await LedgerProcess.start({ env: { PORT: String(await freePort()) } });
    http = client(ledger.baseUrl);
    expect((await http.post('/v1/companies', COMPANY)).status).toBe(201);
    expect((await http.post('/v1/companies', ARTICLE_COMPANY)).status).toBe(201);
    const seeded = await http.post('/v1/companies/cvs-group/disclosures', {
      disclosures: [
        disclosure('RegulatoryProbeOpened', { occurredAt: '2024-03-12' }),
        disclosure('SharePriceMoved', { occurredAt: '2024-04-26', facts: { direction: 'down', changePct: 1.2, price: 944, currency: 'GBX', venue: 'AIM' } }),
        disclosure('BreachAnnounced', { occurredAt: '2024-04-29', evidence: [{ quote: EVIDENCE }] }),
        disclosure('SharePriceMoved', { occurredAt: '2024-04-30' }),
        disclosure('GuidanceChanged', { occurredAt: '2024-05-02' }),
      ],
    });
    expect(seeded.status).toBe(201);
    const guidance = seeded.body.disclosures[4].disclosureId;
    expect((await http.post(`/v1/companies/cvs-group/disclosures/${guidance}/retraction`, { reason: 'Attributed to the wrong company' })).status).toBe(201);
    browser = await launchBrowser();
    ({ page, refused } = await offlinePage(browser, ledger.baseUrl));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.dispose();
  });

  async function expectAccessible(): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('finds CVS Group as you type, beside the open incidents and probes, within a small first page', async () => {
    await page.goto(`${ledger.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const scriptsOfFirstPage = await Promise.all(scripts.splice(0));
    await page.getByLabel('Name, alias, ticker, ISIN or LEI').fill('CVSG');
    await page.getByRole('link', { name: 'CVS Group plc' }).first().waitFor();
    await page.locator('#incidents-heading + ul').getByRole('link', { name: 'CVS Group plc' }).waitFor();
    await page.locator('#probes-heading ~ ul').getByText('CMA').waitFor();
    await page.locator('.feed').getByText('Breach announced').waitFor();
    await expectAccessible();
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-home.png'), fullPage: true });

    const gzipped = scriptsOfFirstPage.reduce((sum, size) => sum + size, 0);
    console.log(`explorer: the first page loaded ${scriptsOfFirstPage.length} script(s), ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(scriptsOfFirstPage.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET);
  });

  it("opens the company's page at its own URL with its status and a timeline quoting the evidence", async () => {
    await page.getByLabel('Name, alias, ticker, ISIN or LEI').fill('GB00B2863827');
    await page.locator('.results').getByRole('link', { name: 'CVS Group plc' }).click();
    await page.waitForURL(`${ledger.baseUrl}/companies/cvs-group`);
    await page.getByRole('heading', { level: 1, name: 'CVS Group plc' }).waitFor();
    expect(await page.getByTestId('incident-state').textContent()).toBe('Breach open');
    await page.locator('.status-card').getByText('CMA').waitFor();
    await page.locator('.status-card .price').getByText('966p').waitFor();
    await page.locator('.timeline .evidence', { hasText: EVIDENCE }).waitFor();
    await page.locator('.entry.retracted').getByText('Attributed to the wrong company').waitFor();
    await page.locator('.chart canvas').first().waitFor();
    await expectAccessible();
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-company.png'), fullPage: true });

    // The same URL opened afresh shows the same company: it can be shared.
    const shared = await browser.newPage();
    await shared.goto(`${ledger.baseUrl}/companies/cvs-group?type=BreachAnnounced`);
    await shared.locator('.timeline .evidence', { hasText: EVIDENCE }).waitFor();
    expect(await shared.locator('.timeline > li').count()).toBe(1);
    await shared.close();
  });

  it('shows a disclosure recorded through the API without a reload', async () => {
    await page.getByText('Live updates: live').first().waitFor();
    const marker = await page.evaluate('window.__notReloaded = true');
    expect(marker).toBe(true);
    const quote = 'ses serveurs hors ligne par précaution';
    const written = await http.post(
      '/v1/companies/cvs-group/disclosures',
      disclosure('SystemsTakenOffline', { occurredAt: '2024-05-03', evidence: [{ quote }] }),
    );
    expect(written.status).toBe(201);
    await page.locator('.timeline > li').first().locator('.evidence', { hasText: quote }).waitFor();
    await page.getByTestId('incident-state').getByText('Systems offline').waitFor();

    const breach = page.locator('.entry', { has: page.locator('.evidence', { hasText: EVIDENCE }) });
    const breachId = (await http.get('/v1/companies/cvs-group/disclosures?type=BreachAnnounced')).body.disclosures[0].disclosureId;
    const correction = { facts: { systemsAffected: 'practice management and payment systems' }, reason: 'The company named the systems' };
    expect((await http.post(`/v1/companies/cvs-group/disclosures/${breachId}/corrections`, correction)).status).toBe(201);
    await breach.locator('.correction').getByText('The company named the systems').waitFor();
    await breach.locator('.facts').first().getByText('practice management and payment systems').waitFor();
    expect(await page.evaluate('window.__notReloaded')).toBe(true);
  });

  it('moves the as-of control back and shows the earlier state, kept in the URL', async () => {
    await page.getByRole('link', { name: 'See the status as of another date' }).click();
    await page.waitForURL(/\/companies\/cvs-group\/as-of/);
    const instant = page.getByLabel('Instant (UTC)');
    await instant.fill('2024-04-30T12:00');
    await page.waitForURL(/at=2024-04-30T12%3A00&basis=occurred/);
    await page.getByTestId('incident-state').getByText('Breach open').waitFor();
    const slider = page.getByRole('slider', { name: 'Day' });
    await slider.focus();
    for (let day = 0; day < 2; day += 1) await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/at=2024-04-28T23%3A59/);
    await page.getByTestId('incident-state').getByText('None').waitFor();
    await page.locator('.status-card').getByText('CMA').waitFor();
    await page.getByLabel('Recorded time (what the ledger knew)').check();
    await page.waitForURL(/basis=recorded/);
    await page.getByRole('heading', { name: /recorded time/ }).waitFor();
    await expectAccessible();

    const shared = await browser.newPage();
    await shared.goto(`${ledger.baseUrl}/companies/cvs-group/as-of?at=2024-04-28T23:59&basis=occurred`);
    await shared.getByTestId('incident-state').getByText('None').waitFor();
    await shared.close();
  });

  it('reviews an article, records the proposals left ticked, and only those', async () => {
    await page.getByRole('link', { name: 'Article review' }).click();
    await page.getByLabel('Article text (French or English)').fill(ENGLISH_ARTICLE);
    await page.getByLabel('Published on').fill('2024-03-14');
    await page.getByRole('button', { name: 'Propose disclosures' }).click();
    const proposals = page.locator('.proposals > li');
    await proposals.first().waitFor();
    const proposed = await proposals.count();
    expect(proposed).toBeGreaterThan(1);
    expect(await page.locator('.article mark').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Record for company (id)').inputValue()).toBe('harbour-foods');
    await expectAccessible();

    const unticked = await proposals.first().locator('strong').textContent();
    await proposals.first().getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: `Record ${proposed - 1} disclosure(s)` }).click();
    const recorded = await page.getByText(`Recorded ${proposed - 1} disclosure(s)`).textContent();
    const position = /at position (\S+)\./.exec(recorded ?? '')?.[1];

    const timeline = await http.get(`/v1/companies/harbour-foods/disclosures?limit=500&minPosition=${position}`);
    expect(timeline.body.disclosures).toHaveLength(proposed - 1);
    expect(timeline.body.disclosures.every((d: { evidence: unknown[] }) => d.evidence.length > 0)).toBe(true);
    await page.getByRole('link', { name: 'Open the company' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harbour Foods plc' }).waitFor();
    await page
      .locator('.timeline > li')
      .nth(proposed - 2)
      .waitFor();
    expect(await page.locator('.timeline > li').count()).toBe(proposed - 1);
    expect(unticked).toBeTruthy();
  });

  it('starts a rebuild and follows it to the end', async () => {
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('table', { name: 'Projections' }).waitFor();
    await page.getByText('No rebuild since this server started.').waitFor();
    await expectAccessible();
    await page.getByRole('button', { name: 'Rebuild company-timeline' }).click();
    await page.getByTestId('rebuild-state').getByText('done').waitFor({ timeout: 30_000 });
    await page.locator('td .digest').first().waitFor();
  });

  it('runs the chain audit and shows its verdict', async () => {
    await page.getByRole('button', { name: 'Run chain audit' }).click();
    await page.getByTestId('chain-verdict').getByText('Chain intact').waitFor();
    const events = (await http.post('/v1/admin/audit/chain', {})).body.events;
    await page.locator('.chain-audit').getByText(`${events} event(s) of company-*`).waitFor();
    await page.getByLabel('Company id (empty: every company)').fill('no-such-company');
    await page.getByRole('button', { name: 'Run chain audit' }).click();
    await page.getByRole('alert').getByText('404 Company not found').waitFor();
    await page.getByLabel('Company id (empty: every company)').fill('cvs-group');
    await page.getByRole('button', { name: 'Run chain audit' }).click();
    await page.locator('.chain-audit').getByText('of company-cvs-group').waitFor();
    await expectAccessible();
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-audit.png'), fullPage: true });
  });

  it("sends the header's API key, kept for the tab, as a Bearer token with every request, the live stream's included", async () => {
    // A read key of its own, other than the admin key the page started with.
    const reader = runLedgerctl(['keys', 'create', 'explorer-reader', '--scope', 'read'], { store: ledger.storeFile });
    expect(reader.status).toBe(0);
    const key = reader.stdout.trim();
    const sent: { url: string; authorization: string | undefined }[] = [];
    const keep = (request: Request) => {
      if (new URL(request.url()).pathname.startsWith('/v1/')) sent.push({ url: request.url(), authorization: request.headers().authorization });
    };
    await page.getByLabel('API key', { exact: true }).fill(key);
    expect(await page.evaluate("sessionStorage.getItem('ledger.apiKey')")).toBe(key);
    page.on('request', keep);
    await page.goto(`${ledger.baseUrl}/companies/cvs-group`);
    await page.getByText('Live updates: live').waitFor();
    page.off('request', keep);
    expect(await page.getByLabel('API key', { exact: true }).inputValue()).toBe(key);
    expect(sent.some(({ url }) => url.includes('/v1/streams/companies/cvs-group'))).toBe(true);
    expect(sent.filter(({ authorization }) => authorization !== `Bearer ${key}`)).toEqual([]);
    await page.getByLabel('API key', { exact: true }).fill('');
    expect(await page.evaluate("sessionStorage.getItem('ledger.apiKey')")).toBeNull();
  });

  it('works at a phone width', async () => {
    const phone = await offlinePage(browser, ledger.baseUrl, { width: 390, height: 844 });
    await phone.page.goto(`${ledger.baseUrl}/companies/cvs-group`);
    await phone.page.locator('.timeline .evidence', { hasText: EVIDENCE }).waitFor();
    const overflow = await phone.page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    expect(phone.refused).toEqual([]);
    await phone.page.close();
  });

  it('resumes the live feed after the server restarts, with what was recorded before the page reconnected', async () => {
    await page.goto(`${ledger.baseUrl}/`);
    await page.locator('.feed').getByText('Share price moved').first().waitFor();
    await page.getByText('Live updates: live').waitFor();
    // The page cannot reconnect until the disclosure is recorded: only a resume from its last position can bring it.
    const streams = '**/v1/streams/**';
    await page.route(streams, (route) => route.abort('connectionrefused'));
    await ledger.restart();
    const written = await http.post('/v1/companies/cvs-group/disclosures', disclosure('ExternalAdvisersEngaged', { occurredAt: '2024-05-04' }));
    expect(written.status).toBe(201);
    await page.getByText('Live updates: reconnecting').waitFor();
    await page.unroute(streams);
    const resumed = page.locator('.feed li', { hasText: 'cvs-group — External advisers engaged 2024-05-04' });
    await resumed.waitFor();
    await page.getByText('Live updates: live').waitFor();
    expect(await resumed.count()).toBe(1);
  });

  it('asked nothing of any other origin: it works with the network cut off', () => {
    expect(refused).toEqual([]);
  });
});
