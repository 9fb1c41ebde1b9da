import { addDays, calendarDate, previousWeekday } from './calendar';

/** A day named in the text, resolved against the publication date when it is relative. */
export interface DateMention {
  /** Indices in the searched (folded) text. */
  index: number;
  end: number;
  /** YYYY-MM-DD, or null when it cannot be resolved (a weekday without a publication date). */
  date: string | null;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};
const WEEKDAY = Object.keys(WEEKDAYS).join('|');

const PATTERNS: { pattern: RegExp; resolve: (match: RegExpExecArray, publishedOn: string | null, raw: string) => string | null | undefined }[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => calendarDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // "le 24 janvier", "20 November 2021", "1er mars"
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)?\s(${MONTH})\.?(?:\s(\d{4}))?\b`, 'g'),
    resolve: (m, publishedOn) => dayOfMonth(Number(m[1]), MONTHS[m[2]], m[3], publishedOn),
  },
  {
    // "January 24", "Sept. 18, 2023": English order, the month capitalised in the original text
    pattern: new RegExp(String.raw`\b(${MONTH})\.?\s(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(\d{4}))?`, 'g'),
    resolve: (m, publishedOn, raw) => (/^\p{Lu}/u.test(raw.slice(m.index)) ? dayOfMonth(Number(m[2]), MONTHS[m[1]], m[3], publishedOn) : undefined),
  },
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
    pattern: /\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today|aujourd'hui|ce (?:matin|soir)|cet apres-midi|en debut de seance|a l'ouverture)\b/g,
    resolve: (_m, publishedOn) => publishedOn,
  },
];

/**
 * Days named in a folded text, in order. `raw` is the original text of the same span (for case).
 * A day and month without a year take the publication's year, or the year before when that would put
 * them after publication.
 */
export function findDateMentions(folded: string, raw: string, publishedOn: string | null): DateMention[] {
  const mentions: DateMention[] = [];
  for (const { pattern, resolve } of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (mentions.some((other) => index < other.end && other.index < end)) continue;
      const date = resolve(match as RegExpExecArray, publishedOn, raw);
      if (date === undefined) continue;
      mentions.push({ index, end, date });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

function dayOfMonth(day: number, month: number, year: string | undefined, publishedOn: string | null): string | null {
  if (year) return calendarDate(Number(year), month, day);
  if (!publishedOn) return null;
  const publishedYear = Number(publishedOn.slice(0, 4));
  const sameYear = calendarDate(publishedYear, month, day);
  if (sameYear && sameYear <= publishedOn) return sameYear;
  return calendarDate(publishedYear - 1, month, day);
}
