import { isAnalystView, isBackground } from './cues/context';
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
  /** About other companies or general background. */
  background: boolean;
  /** An analyst's or broker's view. */
  analyst: boolean;
}

export interface ArticleView {
  text: string;
  language: Language;
  publishedOn: string | null;
  sentences: SentenceView[];
}

export function readArticle(text: string, language: Language, publishedOn: string | null): ArticleView {
  const folded = foldText(text);
  const sentences = splitSentences(text).map((span): SentenceView => {
    const raw = text.slice(span.start, span.end);
    const sentenceFolded = folded.slice(span.start, span.end);
    return {
      ...span,
      raw,
      folded: sentenceFolded,
      clauses: splitClauses(sentenceFolded),
      dates: findDateMentions(sentenceFolded, raw, publishedOn),
      background: isBackground(sentenceFolded),
      analyst: isAnalystView(sentenceFolded),
    };
  });
  return { text, language, publishedOn, sentences };
}
