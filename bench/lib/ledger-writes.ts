import { randomUUID } from 'node:crypto';
import { authHeaders } from './bench-key';

/** A single disclosure as a client posts it, with its own id (so that a retry would be idempotent). */
export function disclosureBody(companyId: string, n: number, disclosureId = randomUUID()): Record<string, unknown> {
  return {
    disclosureId,
    type: 'SharePriceMoved',
    occurredAt: '2025-03-14',
    disclosedAt: '2025-03-14T08:00:00Z',
    source: { kind: 'news', publisher: 'Bench Wire', url: `https://news.example.com/${companyId}/${n}` },
    facts: { direction: n % 2 ? 'up' : 'down', changePct: (n % 97) / 10, price: 100 + (n % 500), currency: 'EUR', venue: 'XPAR' },
  };
}

export function disclosuresPath(companyId: string): string {
  return `/v1/companies/${companyId}/disclosures`;
}

/** POSTs JSON and answers the status and the parsed body, and how long the answer took in ms. */
export async function postJson(baseUrl: string, path: string, body: unknown): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  return { status: response.status, body: answer, ms: performance.now() - started };
}

/** Registers the companies (an already registered one is fine), a few at a time. */
export async function registerCompanies(baseUrl: string, companyIds: readonly string[]): Promise<void> {
  for (let i = 0; i < companyIds.length; i += 16) {
    await Promise.all(
      companyIds.slice(i, i + 16).map(async (companyId) => {
        const answer = await postJson(baseUrl, '/v1/companies', { companyId, name: `Bench Company ${companyId}` });
        if (answer.status !== 201 && answer.status !== 409)
          throw new Error(`registering ${companyId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }),
    );
  }
}
