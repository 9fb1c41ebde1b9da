/** Category first, so EventStoreDB's `$ce-company` projection groups every company stream. */
export const COMPANY_CATEGORY = 'company';

const COMPANY_STREAM_PREFIX = `${COMPANY_CATEGORY}-`;

/** The log filter that selects every company stream and nothing else (the read model's, the live feed's, the audit's). */
export const COMPANY_STREAMS = Object.freeze({ streamPrefixes: [COMPANY_STREAM_PREFIX] });

export function companyStream(companyId: string): string {
  return COMPANY_STREAM_PREFIX + companyId;
}

/** The company id of a company stream, or null for any other stream. */
export function companyIdFromStream(stream: string): string | null {
  if (!stream.startsWith(COMPANY_STREAM_PREFIX)) return null;
  const companyId = stream.slice(COMPANY_STREAM_PREFIX.length);
  return companyId.length > 0 ? companyId : null;
}
