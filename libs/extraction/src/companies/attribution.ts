import { attributionPattern } from '../rules/engine';
import { escapePattern as escape } from '../text/escape-pattern';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/calendar-names';
import { foldText } from '../text/fold';

/**
 * Who a sentence is about, read from its grammatical subject: the article's subject company, another
 * company (or a person beside it), or no one in particular (a regulator, a market, a quote).
 */
export type Attribution = 'subject' | 'other' | 'neutral';

export interface AttributedSentence {
  /** The sentence as written, and folded (same length). */
  raw: string;
  folded: string;
  /** Where other companies are named in the sentence (sentence indices). */
  otherCompanyAt: number[];
  /** Where regulators are named in the sentence (sentence indices). */
  regulatorAt: number[];
  /** Another company's incident or systems named as theirs ("Cyberattaque chez X", `cues/other-company.ts`). */
  otherCompanyIncident?: boolean;
}

/** Capitalised words that open a sentence without naming a company: seats of government standing for their authorities ("Bruxelles l'a élargie"), days and months. */
const NOT_NAMES = new RegExp(
  `^(?:${['brussels', 'bruxelles', 'washington', 'bercy', 'westminster', 'whitehall', ...WEEKDAY_NAMES, ...MONTH_NAMES.map(foldText)].join('|')})$`,
);
/** A name as written: capitalised words, with the small words a company name may hold. */
const NAME = /^\p{Lu}[\p{L}\p{N}&'’-]*(?:\s(?:(?:and|et|de|du|des|of|&)\s)?\p{Lu}[\p{L}\p{N}&'’-]*)*/u;
const ARTICLE = /^(?:the|le|la|les|l'|a|an|un|une)\b/;
const MAX_OPENERS = 3;

/** The whole article, as written and folded once (same length). */
interface ArticleText {
  raw: string;
  folded: string;
}

/**
 * Decides, sentence by sentence, whom the grammatical subject names: the subject company (its name, a
 * short form, "the group", "le groupe"), another company (a company the article names, a descriptor such
 * as "a rival" or "l'ancien actionnaire", an unknown capitalised name standing as the subject), or
 * neither. A pronoun ("it", "il", "elle") carries over the previous sentence's subject. `text` is the
 * whole article, used to tell a proper name from a capitalised common word.
 */
export function attributeSentences(sentences: AttributedSentence[], subjectWords: Set<string>, text: string): Attribution[] {
  const result: Attribution[] = [];
  // without a subject company, a name standing as a sentence's subject may be that company: nothing to set against it
  if (subjectWords.size === 0) return sentences.map(() => 'neutral');
  const article: ArticleText = { raw: text, folded: foldText(text) };
  for (const sentence of sentences) {
    const attribution = attribute(sentence, subjectWords, article, result.at(-1) ?? 'neutral');
    result.push(attribution === 'neutral' && sentence.otherCompanyIncident ? 'other' : attribution);
  }
  return result;
}

function attribute(sentence: AttributedSentence, subjectWords: Set<string>, article: ArticleText, previous: Attribution): Attribution {
  const at = subjectStart(sentence.folded);
  const head = sentence.folded.slice(at);
  const rawHead = sentence.raw.slice(at);
  if (/^["']/.test(head)) return 'neutral';
  if (attributionPattern('carryOver').test(head)) return previous;
  if (attributionPattern('otherDescriptor').test(head)) return 'other';
  if (attributionPattern('subjectReference').test(head)) return 'subject';
  if (attributionPattern('indefiniteDescriptor').test(head) && !namesSubjectIn(sentence, subjectWords)) return 'other';
  // "the retailer", "le distributeur de matériel électrique" right after a sentence about another company is that company
  if (previous === 'other' && attributionPattern('definiteDescriptor').test(head) && !namesSubjectIn(sentence, subjectWords)) return 'other';
  const firstWords = head
    .replace(ARTICLE, '')
    .trimStart()
    .split(/[^a-z0-9&]+/, 2);
  if (firstWords.some((word) => subjectWords.has(word))) return 'subject';
  if (sentence.regulatorAt.some((index) => index >= at && index <= at + 4)) return 'neutral';
  if (namesSubjectIn(sentence, subjectWords)) return 'neutral';
  if (sentence.otherCompanyAt.some((index) => index >= at && index <= at + 4)) return 'other';
  return unknownNameAsSubject(rawHead, head, article) ? 'other' : 'neutral';
}

/** Where the sentence's subject starts: after a list's bullet and leading adverbials ("In a statement on Tuesday,", "Dans la foulée,"). */
function subjectStart(folded: string): number {
  let at = folded.length - folded.trimStart().length;
  at += /^(?:[-*•–—]\s+)?/.exec(folded.slice(at))?.[0].length ?? 0;
  for (let n = 0; n < MAX_OPENERS; n++) {
    const match = attributionPattern('opener').exec(folded.slice(at));
    if (!match) break;
    at += match[0].length;
    at += folded.slice(at).length - folded.slice(at).trimStart().length;
  }
  return at;
}

/**
 * A capitalised name the company finder did not know, standing as the sentence's subject ("Norland
 * Cloud, which owns…, said", "Sarah Whitlock, 58, …", "Tollesby escaped a penalty"): someone other than
 * the subject company, unless the sentence or the article gives it a role at the company ("…, its chief
 * executive,", "chief executive Tom Ellery" earlier).
 */
function unknownNameAsSubject(rawHead: string, head: string, article: ArticleText): boolean {
  const name = NAME.exec(rawHead)?.[0];
  if (!name || ARTICLE.test(head.slice(0, name.length + 1).toLowerCase())) return false;
  const words = name.split(/\s+/);
  if (NOT_NAMES.test(head.slice(0, words[0].length))) return false;
  const after = head.slice(name.length);
  const apposition = /^,\s/.test(after);
  if (apposition && attributionPattern('companyRole').test(after.slice(2))) return false;
  const acts = apposition || attributionPattern('subjectVerb').test(after.trimStart());
  if (!acts || !/^\s/.test(after.replace(/^,/, ' '))) return false;
  if (speaksForCompany(words, article.folded)) return false;
  if (words.length > 1) return true;
  // one word is a name when the article also writes it capitalised mid-sentence, or gives an age after it
  const midSentence = new RegExp(String.raw`[\p{Ll}\p{N},;:)]\s${escape(name)}(?![\p{L}\p{N}])`, 'u');
  return midSentence.test(article.raw) || /^,\s\d{1,3},/.test(after);
}

function namesSubjectIn(sentence: AttributedSentence, subjectWords: Set<string>): boolean {
  return sentence.folded.split(/[^a-z0-9&]+/).some((word) => subjectWords.has(word));
}

/** The article gives the person a role at the company: "chief executive Tom Ellery", "Ellery, its chief executive". */
function speaksForCompany(words: string[], foldedText: string): boolean {
  const role = attributionPattern('companyRole').source.slice(1);
  const surname = escape(foldText(words[words.length - 1]));
  const whole = escape(foldText(words.join(' ')));
  return new RegExp(String.raw`${role}\s(?:[\w.'-]+\s){0,2}${surname}\b|\b${whole},\s${role}`).test(foldedText);
}
