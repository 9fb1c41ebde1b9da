import { RecordableType } from '@ledger/disclosures';
import { SentenceView } from '../article';
import { Language } from '../language';
import { DISCLOSURE_RULES } from '../rules/disclosure-rules';
import { triggerPattern } from '../rules/engine';
import { VocabularyName } from '../rules/vocabulary';
import { isDeniedAfter, isNegated } from '../cues/negation';
import { isHedged, isHedgedAfter } from '../cues/hedge';
import { clauseAt } from '../text/clauses';
import { Span } from '../text/span';

/** Where a detector's words matched in a sentence (indices relative to the sentence). */
export interface Trigger {
  index: number;
  end: number;
  clause: Span;
  groups: (string | undefined)[];
}

export function triggersIn(sentence: SentenceView, pattern: RegExp): Trigger[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...sentence.folded.matchAll(global)].map((match) => {
    const index = match.index ?? 0;
    return { index, end: index + match[0].length, clause: clauseAt(sentence.clauses, index), groups: [...match].slice(1) };
  });
}

/** A denial that governs the time, not the trigger: "is not expected to restart before next week", "ne reprendra pas avant lundi". */
const NOT_BEFORE_A_TIME = /^\s(?:[\w'-]+\s){0,3}?(?:before|until|till|avant|jusqu'(?:a|au|en))\s/;

export function isDenied(sentence: SentenceView, trigger: Trigger): boolean {
  const before = sentence.folded.slice(trigger.clause.start, trigger.index);
  const after = sentence.folded.slice(trigger.end, trigger.clause.end);
  return (isNegated(before) && !NOT_BEFORE_A_TIME.test(after)) || isDeniedAfter(after);
}

export function isHedgedTrigger(sentence: SentenceView, trigger: Trigger): boolean {
  return isHedged(sentence.folded.slice(trigger.clause.start, trigger.index)) || isHedgedAfter(sentence.folded.slice(trigger.end, trigger.clause.end));
}

/** The triggers of a type's vocabulary in a sentence, less those its clause blockers (`DISCLOSURE_RULES`) block. */
export function triggersFor(type: RecordableType, vocabulary: VocabularyName, sentence: SentenceView, language: Language): Trigger[] {
  const blockers = DISCLOSURE_RULES[type].triggers[vocabulary];
  if (!blockers) throw new Error(`${vocabulary} is not a trigger of ${type} in DISCLOSURE_RULES`);
  return triggersIn(sentence, triggerPattern(vocabulary, language)).filter(
    (trigger) => !(blockers.includes('negation') && isDenied(sentence, trigger)) && !(blockers.includes('hedge') && isHedgedTrigger(sentence, trigger)),
  );
}

/** True when a sentence-wide blocker of the type applies: background, or an analyst's view. */
export function sentenceBlocked(type: RecordableType, sentence: SentenceView): boolean {
  const blockers = DISCLOSURE_RULES[type].sentenceBlockers;
  return (blockers.includes('background') && sentence.background) || (blockers.includes('analyst') && sentence.analyst);
}

export function clauseText(sentence: SentenceView, clause: Span): string {
  return sentence.folded.slice(clause.start, clause.end);
}

const DAY_WORDS = /^(?:(?:on|le|des|depuis|since|late|early|tard|dans la (?:soiree|matinee)|soir|matin|evening|morning|afternoon)\s*)*$/;

/**
 * The day a trigger happened on: a day named in its clause, else one standing as a clause of its own
 * earlier in the sentence ("Yesterday, the group said...", "On Tuesday, it confirmed..."), else the day the
 * sentence opens on ("On Tuesday the chain apologised, saying it had had to..."). A dateline ("Sept 24 - ...",
 * "LONDON, Nov 10 (Reuters) - ...", "April 16, 2026 (Dow Jones Newswires) -- ...") dates the story, not what
 * the sentence says happened.
 */
export function dateOfTrigger(sentence: SentenceView, trigger: Trigger): string | null {
  const dates = sentence.dates.filter((mention) => !isDateline(sentence, mention));
  const inClause = dates.filter((d) => d.index >= trigger.clause.start && d.end <= trigger.clause.end);
  if (inClause.length > 0) return nearest(inClause, trigger.index).date;
  for (const clause of sentence.clauses) {
    if (clause.start >= trigger.clause.start) break;
    const mention = dates.find((d) => d.index >= clause.start && d.end <= clause.end);
    if (!mention) continue;
    const rest = (sentence.folded.slice(clause.start, mention.index) + sentence.folded.slice(mention.end, clause.end)).trim();
    if (DAY_WORDS.test(rest)) return mention.date;
  }
  const [opening] = dates;
  const opens = opening && opening.index < trigger.index && DAY_WORDS.test(sentence.folded.slice(0, opening.index).replace(/^\W+/, '').trim());
  return opens ? opening.date : null;
}

/** A day at the head of a sentence, after a place in capitals at most, then a wire's name in brackets and a dash. */
function isDateline(sentence: SentenceView, mention: { index: number; end: number }): boolean {
  return /^[\p{Lu}\s,.'-]*$/u.test(sentence.raw.slice(0, mention.index)) && /^\s*(?:\([^()]{1,40}\)\s*)?[-–—]/.test(sentence.folded.slice(mention.end));
}

/** The earliest day named anywhere in the sentence (an incident is dated by its first day). */
export function earliestDate(sentence: SentenceView): string | null {
  const dates = sentence.dates
    .map((d) => d.date)
    .filter((d): d is string => d !== null)
    .sort();
  return dates[0] ?? null;
}

function nearest<T extends { index: number }>(items: T[], index: number): T {
  return items.reduce((best, item) => (Math.abs(item.index - index) < Math.abs(best.index - index) ? item : best));
}

/** A phrase of the original text at folded indices [start, end), tidied: no leading article, no trailing punctuation. */
export function phraseAt(sentence: SentenceView, start: number, end: number): string | undefined {
  const [from, to] = wordBoundaries(sentence.raw, start, end);
  let phrase = sentence.raw.slice(from, to).replace(/\s+/g, ' ').trim();
  // Whole words only: "une partie" loses "une", "UnitedHealth" keeps its "Un".
  phrase = phrase
    .replace(/^(?:(?:the|a|an|its|des|les|la|le|de|du|un|une|ses|son|sa)\s+|[ld]['’]\s*)/i, '')
    .replace(/[\s,;:.«»"“”]+$/u, '')
    .trim();
  return phrase.length > 0 ? phrase : undefined;
}

/** A span moved inward to whole words: a start inside a word skips it ("fait appel a|u cabinet"), an end inside one drops it. */
function wordBoundaries(raw: string, start: number, end: number): [number, number] {
  const inWord = (at: number) => at > 0 && at < raw.length && /[\p{L}\p{N}]/u.test(raw[at - 1]) && /[\p{L}\p{N}]/u.test(raw[at]);
  let from = start;
  let to = end;
  while (from < to && inWord(from)) from++;
  while (to > from && inWord(to)) to--;
  return [from, to];
}
