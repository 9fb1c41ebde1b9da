/** The as-of choice as the URL keeps it: an instant (UTC, to the minute) and a basis. */
export type Basis = 'occurred' | 'recorded';

export interface AsOfChoice {
  at: string;
  basis: Basis;
}

const DAY_MS = 86_400_000;

export function asOfFromUrl(url: URL, now: Date): AsOfChoice {
  const at = url.searchParams.get('at');
  return {
    at: at && /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(at) ? at : now.toISOString().slice(0, 16),
    basis: url.searchParams.get('basis') === 'recorded' ? 'recorded' : 'occurred',
  };
}

export function asOfSearch(choice: AsOfChoice): string {
  return `?at=${encodeURIComponent(choice.at)}&basis=${choice.basis}`;
}

/** The instant as the API takes it. */
export function asOfInstant(choice: AsOfChoice): string {
  return `${choice.at}:00Z`;
}

/** Whole days since the epoch, for a slider that moves a day a step. */
export function dayNumber(at: string): number {
  return Math.floor(Date.parse(`${at.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** The end of that day (23:59 UTC), so that the day's own disclosures count. */
export function endOfDay(day: number): string {
  return new Date(day * DAY_MS + DAY_MS - 60_000).toISOString().slice(0, 16);
}
