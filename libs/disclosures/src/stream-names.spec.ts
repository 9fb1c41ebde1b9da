import { COMPANY_CATEGORY, companyIdFromStream, companyStream } from './stream-names';

describe('stream names', () => {
  it('puts the category first', () => {
    expect(companyStream('acme-plc')).toBe('company-acme-plc');
    expect(companyStream('acme').startsWith(`${COMPANY_CATEGORY}-`)).toBe(true);
  });

  it('reads the company id back, or null for other streams', () => {
    expect(companyIdFromStream(companyStream('acme-plc'))).toBe('acme-plc');
    expect(companyIdFromStream('company-')).toBeNull();
    expect(companyIdFromStream('$ce-company')).toBeNull();
    expect(companyIdFromStream('companies-acme')).toBeNull();
  });
});
