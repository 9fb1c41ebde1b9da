import { COMPANY_CATEGORY, COMPANY_STREAMS, companyIdFromStream, companyStream } from './stream-names';

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

  it('filters the log to the streams whose company id can be read back', () => {
    const selected = (stream: string) => COMPANY_STREAMS.streamPrefixes.some((prefix) => stream.startsWith(prefix));
    expect(selected(companyStream('acme-plc'))).toBe(true);
    expect(selected('$ce-company')).toBe(false);
    expect(selected('companies-acme')).toBe(false);
  });
});
