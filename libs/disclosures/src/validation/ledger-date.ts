/**
 * A business or publication time: a calendar date (2024-03-01) or an ISO 8601 date-time with a
 * timezone (2024-03-01T09:30:00Z, 2024-03-01T09:30+01:00). A local time without a zone is ambiguous
 * across markets, so it is refused.
 */
export const LEDGER_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

export const LEDGER_DATE_DESCRIPTION = 'a date (YYYY-MM-DD) or an ISO 8601 date-time with a timezone';

export function isLedgerDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LEDGER_DATE_PATTERN.exec(value);
  if (!match) return false;
  return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
