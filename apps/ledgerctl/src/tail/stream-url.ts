export interface TailTarget {
  url: string;
  company?: string;
  types?: string;
}

/** Where to read: the company's stream or the whole log, resuming strictly after `after` when known. */
export function streamUrl(target: TailTarget, after: string | undefined): string {
  const path = target.company ? `/v1/streams/companies/${encodeURIComponent(target.company)}` : '/v1/streams/all';
  const query = new URLSearchParams();
  if (target.types) query.set('types', target.types);
  if (after !== undefined) query.set('from', after);
  const search = query.toString();
  return `${target.url.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}
