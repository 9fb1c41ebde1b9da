import { existsSync, readFileSync } from 'node:fs';
import { Browser, Page, chromium } from 'playwright-core';
import { adminKeyFor } from './api-keys';

/** Debian's Chromium: a browser download cannot work here, so CI installs the package (see .ci/run). */
export const CHROMIUM = '/usr/bin/chromium';
/** Where the explorer keeps the API key its header field holds. */
const EXPLORER_KEY_STORAGE = 'ledger.apiKey';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

/** `describe` when Chromium is installed; otherwise a skipped suite whose title says why. */
export function describeInBrowser(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM)) describe(name, suite);
  else describe.skip(`${name} — skipped: ${CHROMIUM} is missing (apt-get install chromium)`, suite);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page that may reach `origin` only, holding the ledger's admin key as the explorer keeps it: any other request is refused and remembered, so that a test can
 * show the explorer works with the network cut off (no CDN, no external font).
 */
export async function offlinePage(browser: Browser, origin: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; refused: string[] }> {
  const page = await browser.newPage({ viewport });
  const key = adminKeyFor(origin);
  // The explorer sends the key its key field keeps in sessionStorage: the test's ledger's admin key, until
  // the tab holds one of its own (a key typed into the field outlives a reload, as for a user).
  const storage = JSON.stringify(EXPLORER_KEY_STORAGE);
  if (key)
    await page.addInitScript({ content: `if (sessionStorage.getItem(${storage}) === null) sessionStorage.setItem(${storage}, ${JSON.stringify(key)});` });
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  return { page, refused };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page and answers its serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  // Evaluated rather than added as a <script>: the ledger's Content-Security-Policy refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>('axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations)');
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
}
