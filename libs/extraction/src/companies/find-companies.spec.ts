import { findCompanies } from './find-companies';

describe('findCompanies', () => {
  const known = [{ companyId: 'acme-retail', name: 'Acme Retail plc', aliases: ['Acme'], tickers: ['ACR'] }];

  it('resolves registered companies by name, alias and ticker, quoting each mention', () => {
    const text = 'Acme Retail plc said... Shares in Acme (LSE:ACR) fell, and ACR was the worst performer.';
    const [company] = findCompanies(text, known);
    expect(company).toMatchObject({ companyId: 'acme-retail', name: 'Acme Retail plc', registered: true });
    expect(company.mentions.map((mention) => mention.quote)).toEqual(['Acme Retail plc', 'Acme', 'ACR', 'ACR']);
    for (const mention of company.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.quote);
  });

  it('returns an unknown company as written, for the user to register, and leaves regulators and people out', () => {
    const text = 'Borealis Shipping SA a annoncé une cyberattaque. Borealis a informé la CNIL. "It is serious," said analyst Jane Smith. Smith said more.';
    const companies = findCompanies(text, known);
    expect(companies.map(({ name, registered }) => [name, registered])).toEqual([['Borealis Shipping SA', false]]);
    expect(companies[0].mentions.map((mention) => mention.quote)).toEqual(['Borealis Shipping SA', 'Borealis']);
  });
});
