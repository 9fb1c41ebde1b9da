import { parseDisclosureBatch } from '@ledger/disclosures';
import { extract } from '../extract';
import { toDisclosures } from './to-disclosures';

describe('toDisclosures', () => {
  const text = 'Acme Retail plc said on Tuesday that it had been hit by a cyber attack. It has informed the ICO. Shares in Acme fell 4% to 120p.';
  const result = extract({ text, publishedOn: '2024-03-14' });

  it('makes disclosures the ledger accepts, with the article as source and the quotes as evidence', () => {
    const disclosures = toDisclosures(result, {
      publishedOn: '2024-03-14',
      source: { publisher: 'Example Wire', url: 'https://news.example.com/a', title: ' ' },
    });
    const parsed = parseDisclosureBatch({ disclosures });
    expect(parsed.ok).toBe(true);
    expect(disclosures[0]).toMatchObject({
      disclosureId: result.proposals[0].disclosureId,
      type: 'BreachAnnounced',
      occurredAt: '2024-03-12',
      disclosedAt: '2024-03-14',
      source: { kind: 'news', publisher: 'Example Wire', url: 'https://news.example.com/a', language: 'en' },
      evidence: [{ quote: result.proposals[0].evidence[0].quote, start: 0 }],
    });
    expect(disclosures[0].source).not.toHaveProperty('title');
  });

  it('leaves dates out when the article gives none', () => {
    const [first] = toDisclosures(extract({ text: 'Acme said it had been hit by a cyber attack.' }), {});
    expect(first).not.toHaveProperty('occurredAt');
    expect(first).not.toHaveProperty('disclosedAt');
  });
});
