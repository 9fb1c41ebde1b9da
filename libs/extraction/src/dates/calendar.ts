/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no local timezone shifts a day. */

export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIsoDate(date) === value ? date : null;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`not a date: ${isoDate}`);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/** The latest day on or before `isoDate` (strictly before when `strictly`) that falls on `weekday` (0 = Sunday). */
export function previousWeekday(isoDate: string, weekday: number, strictly: boolean): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`not a date: ${isoDate}`);
  let back = (date.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictly) back = 7;
  return addDays(isoDate, -back);
}

/** A calendar date from parts, or null when the day does not exist. */
export function calendarDate(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}
