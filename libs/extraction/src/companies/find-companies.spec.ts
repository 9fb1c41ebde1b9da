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

  it.each([
    ["Doria Santé a annoncé lundi une cyberattaque. L'action Doria Santé recule de 2 %.", 'Doria Santé'],
    ['La société Étoile Médical a annoncé mardi une intrusion dans ses systèmes.', 'Étoile Médical'],
    ['CVS Group said on Monday it had suffered a cyber incident.', 'CVS Group'],
    ["Le fournisseur d'électricité Bastide Énergie a révélé une fuite.", 'Bastide Énergie'],
    ['Yesterday Acme Foods said it was hacked.', 'Acme Foods'],
    ['On Tuesday Acme Foods said it was hacked.', 'Acme Foods'],
    ['In October Harrowgate said it had been hacked.', 'Harrowgate'],
    ['Jeudi Orvane a annoncé une panne.', 'Orvane'],
  ])('finds a multi-word or accented name whole, and no common word as a company: %s', (text, name) => {
    expect(findCompanies(text, []).map((company) => company.name)).toEqual([name]);
  });

  it('leaves out people named with a title, and pronouns and adjectives that open a sentence', () => {
    const text = 'Orvane a indiqué une panne. Le PDG Paul Ricard a assuré que tout allait bien. Paul Ricard a ajouté. It said more. London-listed shares fell.';
    expect(findCompanies(text, []).map((company) => company.name)).toEqual(['Orvane']);
  });

  it('ranks companies by mentions, then by first mention', () => {
    const text = 'Harrowgate said it was hacked. In February, Lindqvist Diagnostik shares dropped 9%.';
    expect(findCompanies(text, []).map((company) => company.name)).toEqual(['Harrowgate', 'Lindqvist Diagnostik']);
  });
});
