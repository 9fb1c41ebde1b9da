import { calendarDate } from './dates/calendar';
import { LEDGER_DATE_DESCRIPTION, isLedgerDate } from '@ledger/disclosures';

/** The day of a publication date given as YYYY-MM-DD or an ISO date-time; null when absent; an error when malformed. */
export function publicationDay(value: string | null | undefined): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (!isLedgerDate(value)) throw new RangeError(`publishedOn must be ${LEDGER_DATE_DESCRIPTION}, got ${JSON.stringify(value)}`);
  return value.slice(0, 10);
}

/** A dateline at the top of the article ("date 2025-04-25 ..."), when the caller gave no publication date. */
export function datelineOf(text: string): string | null {
  const head =
    text
      .slice(0, 200)
      .split(/\n/)
      .find((line) => line.trim().length > 0) ?? '';
  const match = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
