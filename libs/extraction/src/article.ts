import { Attribution, attributeSentences } from './companies/attribution';
import { isAnalystView, isBackground } from './cues/context';
import { currentYearOf, isEarlierYear } from './cues/history';
import { isAboutOtherCompany } from './cues/other-company';
import { findRegulators } from './regulators/find-regulators';
import { isRumour } from './cues/rumour';
import { DateMention, findDateMentions } from './dates/date-mentions';
import { Language } from './language';
import { splitClauses } from './text/clauses';
import { foldText } from './text/fold';
import { splitSentences } from './text/sentences';
import { Span } from './text/span';

/** One sentence, with what every detector needs; indices inside it are relative to `start`. */
export interface SentenceView {
  start: number;
  end: number;
  raw: string;
  folded: string;
  clauses: Span[];
  dates: DateMention[];
  /** About other companies (by attribution or by an incident named as theirs), general background (surveys, studies), an earlier year, or resting on unnamed sources. */
  background: boolean;
  /** An analyst's or broker's view. */
  analyst: boolean;
  /** Whom the sentence's grammatical subject names (`companies/attribution.ts`); `other` makes it background. */
  attribution: Attribution;
}

export interface ArticleView {
  text: string;
  language: Language;
  publishedOn: string | null;
  sentences: SentenceView[];
  /** Folded words naming the company the article is about (empty when it names none). */
  subjectWords: Set<string>;
}

/** `otherCompanyAt`: where the article names companies other than its subject (article indices). */
export function readArticle(
  text: string,
  language: Language,
  publishedOn: string | null,
  subjectWords: Set<string> = new Set(),
  otherCompanyAt: number[] = [],
): ArticleView {
  const folded = foldText(text);
  const currentYear = currentYearOf(folded, publishedOn);
  const spans = splitSentences(text).map((span) => {
    const raw = text.slice(span.start, span.end);
    const sentenceFolded = folded.slice(span.start, span.end);
    const inSentence = otherCompanyAt.filter((at) => at >= span.start && at < span.end).map((at) => at - span.start);
    const regulators = findRegulators(sentenceFolded, raw);
    const otherCompanyIncident = isAboutOtherCompany(raw, sentenceFolded, subjectWords, regulators, inSentence);
    return { span, raw, folded: sentenceFolded, otherCompanyAt: inSentence, regulators, otherCompanyIncident };
  });
  const attributions = attributeSentences(
    spans.map((sentence) => ({ ...sentence, regulatorAt: sentence.regulators.map((mention) => mention.index) })),
    subjectWords,
    text,
  );
  const sentences = spans.map(({ span, raw, folded: sentenceFolded, otherCompanyIncident }, index): SentenceView => {
    const dates = findDateMentions(sentenceFolded, raw, publishedOn);
    const newsDay = dates.find((mention) => mention.date !== null && currentYear !== null && Number(mention.date.slice(0, 4)) >= currentYear);
    return {
      ...span,
      raw,
      folded: sentenceFolded,
      clauses: splitClauses(sentenceFolded),
      dates,
      attribution: attributions[index],
      background:
        attributions[index] === 'other' ||
        isBackground(sentenceFolded) ||
        isEarlierYear(sentenceFolded, currentYear, newsDay?.index) ||
        isRumour(sentenceFolded) ||
        isQuestion(raw) ||
        OPEN_QUESTION.test(sentenceFolded) ||
        otherCompanyIncident,
      analyst: isAnalystView(sentenceFolded),
    };
  });
  return { text, language, publishedOn, sentences, subjectWords };
}

/** A question the article asks ("Were customers' data taken?", "Les données ont-elles fuité ?") states nothing; the answer, if any, follows. */
function isQuestion(raw: string): boolean {
  return /\?\s*$/.test(raw);
}

/**
 * A sentence whose own verb leaves a question open ("It did not say whether data was taken", "Elle ne dit pas, en
 * revanche, si les fichiers ont pu être consultés") states nothing either.
 */
const OPEN_QUESTION =
  /^\W*(?:[\w'-]+\s){0,4}?(?:(?:did|does|do|has|have|had|would|could|will)(?: not|n't)|declined to|refused to|(?:was|is|were|are) (?:unable|not able) to|cannot|can't) (?:yet )?(?:say|said|specify|disclose|confirm|reveal|indicate|know|comment on)\s(?:[\w'-]+\s){0,3}?(?:whether|if)\b|^\W*(?:[\w'-]+\s){0,4}?(?:ne|n')\s?(?:dit|precise|indique|sait|revele|confirme|(?:a|avait) (?:pas )?(?:dit|precise|indique|revele|confirme)|(?:peut|pouvait|veut|voulait|souhaite|souhaitait) (?:pas )?(?:dire|preciser|indiquer|confirmer)) (?:pas|toujours pas|pas encore)(?:,[^,]{0,30},)?\s(?:[\w'-]+\s){0,3}?(?:si|s')/;
