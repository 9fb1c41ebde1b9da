import { Bool, COMPANY_ID_PATTERN, LedgerDate, Nested, OneOf, Optional, Pattern, VerbatimText } from '@ledger/disclosures';
import { ArticleSource, LANGUAGES, Language, MAX_ARTICLE_CHARACTERS, publicationDay } from '@ledger/extraction';
import { NotInSchemas, ProblemException, problem, validBody } from '@ledger/platform';

// Texts are kept as written: evidence spans are offsets into the article.
@NotInSchemas()
class ArticleSourceBody {
  @Optional() @VerbatimText() publisher?: string;
  @Optional() @Pattern(/^https?:\/\/\S+$/, 'an http or https URL') url?: string;
  @Optional() @VerbatimText() title?: string;
}

/** POST /v1/articles. */
@NotInSchemas()
export class ArticleBody {
  @VerbatimText() text: string;
  @Optional() @OneOf(LANGUAGES) language?: Language;
  @Optional() @LedgerDate() publishedOn?: string;
  @Optional() @Nested(() => ArticleSourceBody) source?: ArticleSource;
  @Optional() @Pattern(COMPANY_ID_PATTERN, 'a registered company id') companyId?: string;
  @Optional() @Bool() commit?: boolean;
}

/** POST /v1/articles, once checked. */
export interface ArticleRequest extends ArticleBody {
  commit: boolean;
}

/** Checks the body: 400 naming each field at fault, 413 for a text over 200,000 characters. */
export function parseArticleRequest(body: unknown): ArticleRequest {
  const article = validBody(ArticleBody, body);
  if (article.text.length > MAX_ARTICLE_CHARACTERS) {
    throw new ProblemException(
      problem(413, 'article-too-large', 'Article too long', {
        detail: `text has ${article.text.length} characters; the limit is ${MAX_ARTICLE_CHARACTERS}`,
      }),
    );
  }
  return { ...article, publishedOn: publicationDay(article.publishedOn) ?? undefined, commit: article.commit === true };
}
