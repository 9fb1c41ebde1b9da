/** A timeline's filters as the URL keeps them, and as the query API takes them. */
export interface TimelineFilter {
  order: 'asc' | 'desc';
  type: string;
  from: string;
  to: string;
}

export function filterFromUrl(url: URL): TimelineFilter {
  const search = url.searchParams;
  return { order: search.get('order') === 'asc' ? 'asc' : 'desc', type: search.get('type') ?? '', from: search.get('from') ?? '', to: search.get('to') ?? '' };
}

export function filterSearch(filter: TimelineFilter): string {
  const search = new URLSearchParams();
  if (filter.order === 'asc') search.set('order', 'asc');
  for (const name of ['type', 'from', 'to'] as const) if (filter[name]) search.set(name, filter[name]);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Whether a disclosure that just arrived belongs in the timeline as filtered. */
export function matchesFilter(filter: TimelineFilter, type: string, occurredAt: string | undefined): boolean {
  if (filter.type && filter.type !== type) return false;
  const day = (occurredAt ?? '').slice(0, 10);
  if (filter.from && day && day < filter.from) return false;
  if (filter.to && day && day > filter.to) return false;
  return true;
}
