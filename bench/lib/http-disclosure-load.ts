import { generatedCompanyId } from '@ledger/event-store/testing';
import { authHeaders } from './bench-key';
import { SeededRandom } from './seeded-random';
import { ZipfSampler } from './zipf';

function disclosureBody(disclosureId: string, n: number): string {
  return JSON.stringify({
    disclosureId,
    type: 'SharePriceMoved',
    occurredAt: '2025-03-14',
    disclosedAt: '2025-03-14T08:00:00Z',
    source: { kind: 'news', publisher: 'Bench Wire', url: `https://news.example.com/${disclosureId}` },
    facts: { direction: n % 2 ? 'up' : 'down', changePct: (n % 97) / 10, price: 100 + (n % 500), currency: 'EUR', venue: 'XPAR' },
  });
}

/** POSTs one disclosure; resolves with the HTTP status, or null when no answer came (the connection died). */
async function postDisclosure(baseUrl: string, companyId: string, disclosureId: string, n: number): Promise<number | null> {
  try {
    const response = await fetch(`${baseUrl}/v1/companies/${companyId}/disclosures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: disclosureBody(disclosureId, n),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

export const isAcknowledged = (status: number | null) => status === 201 || status === 200;

/** Writes over HTTP to a ledger-api process until told to stop, counting what it acknowledges. */
export class HttpLoad {
  readonly acknowledged = new Set<string>();
  refused = 0;
  private sent = 0;
  private stopped = false;
  private readonly writers: Promise<void>[] = [];

  constructor(
    private readonly random: SeededRandom,
    private readonly zipf: ZipfSampler,
  ) {}

  /** One disclosure to `companyId`; resolves with the answer's status, null when none came. */
  async write(baseUrl: string, companyId: string): Promise<number | null> {
    const id = this.random.uuid();
    const status = await postDisclosure(baseUrl, companyId, id, this.sent++);
    if (isAcknowledged(status)) this.acknowledged.add(id);
    else if (status !== null) this.refused++;
    return status;
  }

  start(baseUrl: string, connections: number): void {
    const writer = async () => {
      while (!this.stopped) await this.write(baseUrl, generatedCompanyId(this.zipf.next()));
    };
    for (let i = 0; i < connections; i++) this.writers.push(writer());
  }

  /** Stops sending; resolves once every request in flight has its answer or its failure. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.writers);
  }
}
