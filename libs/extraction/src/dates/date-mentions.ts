import * as chrono from 'chrono-node';
import { addDays, calendarDate, previousWeekday } from './calendar';
import { WEEKDAY_NAMES } from './calendar-names';

/** A day named in the text, resolved against the publication date when it is relative. */
export interface DateMention {
  /** Indices in the searched (folded) text. */
  index: number;
  end: number;
  /** YYYY-MM-DD, or null when it cannot be resolved (a weekday without a publication date). */
  date: string | null;
}

const WEEKDAYS: Record<string, number> = Object.fromEntries(WEEKDAY_NAMES.map((name, index) => [name, index % 7]));
const WEEKDAY = Object.keys(WEEKDAYS).join('|');

/** Relative days, resolved by this project's conventions: a weekday is the latest one on or before publication. */
const PATTERNS: { pattern: RegExp; resolve: (match: RegExpExecArray, publishedOn: string | null, raw: string) => string | null | undefined }[] = [
  {
    pattern: new RegExp(String.raw`\b(?:(last|this past)\s)?(${WEEKDAY})(?:\s(dernier))?\b`, 'g'),
    resolve: (m, publishedOn) => (publishedOn ? previousWeekday(publishedOn, WEEKDAYS[m[2]], Boolean(m[1] || m[3])) : null),
  },
  {
    pattern: /\b(?:the day before yesterday|avant-hier)\b/g,
    resolve: (_m, publishedOn) => (publishedOn ? addDays(publishedOn, -2) : null),
  },
  {
    pattern: /\b(?:yesterday|hier)\b/g,
    resolve: (_m, publishedOn) => (publishedOn ? addDays(publishedOn, -1) : null),
  },
  {
    pattern:
      /\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|earlier in the (?:day|morning|afternoon|session)|aujourd'hui|ce (?:matin|soir)|cet apres-midi|plus tot dans la (?:journee|matinee|seance)|en debut de seance|a l'ouverture)\b/g,
    resolve: (_m, publishedOn) => publishedOn,
  },
];

/**
 * Days named in a folded text, in order. `raw` is the original text of the same span. Calendar dates
 * ("le 24 janvier", "September 18, 2023", "18/09/2023") are read by chrono's strict French and English
 * parsers; a day and month without a year take the publication's year, or the year before when that
 * would put them after publication. Relative days ("lundi", "yesterday") follow the patterns above.
 */
export function findDateMentions(folded: string, raw: string, publishedOn: string | null): DateMention[] {
  const mentions: DateMention[] = calendarDates(raw, publishedOn);
  for (const { pattern, resolve } of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (mentions.some((other) => index < other.end && other.index < end)) continue;
      const date = resolve(match, publishedOn, raw);
      if (date === undefined) continue;
      mentions.push({ index, end, date });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

const CALENDAR_PARSERS = [chrono.fr.strict, chrono.en.strict];
/** English month names are capitalised: "may 5" is a verb and a number. */
const LOWERCASE_ENGLISH_MONTH = /^(?:on\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
/** Durations and times that chrono also reads as days ("for four days", "pendant deux jours", "à 22"): not a date written out. */
const NOT_A_DATE = (text: string) =>
  !/\d/.test(text) || /\b(?:days?|weeks?|months?|years?|hours?|jours?|semaines?|mois|ans|heures?)\b/i.test(text) || !/\p{L}{3,}|\d[/.-]\d/u.test(text);

function calendarDates(raw: string, publishedOn: string | null): DateMention[] {
  const mentions: DateMention[] = [];
  for (const parser of CALENDAR_PARSERS) {
    for (const result of parser.parse(raw, publishedOn ? new Date(`${publishedOn}T12:00:00Z`) : undefined)) {
      const { start } = result;
      if (!start.isCertain('day') || !start.isCertain('month')) continue;
      if (NOT_A_DATE(result.text) || (parser === chrono.en.strict && LOWERCASE_ENGLISH_MONTH.test(result.text))) continue;
      const end = result.index + result.text.length;
      if (mentions.some((other) => result.index < other.end && other.index < end)) continue;
      const year = start.isCertain('year') ? String(start.get('year')) : undefined;
      mentions.push({ index: result.index, end, date: dayOfMonth(start.get('day') ?? 0, start.get('month') ?? 0, year, publishedOn) });
    }
  }
  return mentions;
}

function dayOfMonth(day: number, month: number, year: string | undefined, publishedOn: string | null): string | null {
  if (year) return calendarDate(Number(year), month, day);
  if (!publishedOn) return null;
  const publishedYear = Number(publishedOn.slice(0, 4));
  const sameYear = calendarDate(publishedYear, month, day);
  if (sameYear && sameYear <= publishedOn) return sameYear;
  return calendarDate(publishedYear - 1, month, day);
}
