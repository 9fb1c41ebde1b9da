import { COMPANY_ID_PATTERN, LEDGER_DATE_DESCRIPTION, isLedgerDate } from '@ledger/disclosures';
import { ArticleSource, Language, MAX_ARTICLE_CHARACTERS, isLanguage, publicationDay } from '@ledger/extraction';
import { ProblemException, problem } from '@ledger/platform';

/** POST /v1/articles, once checked. */
export interface ArticleRequest {
  text: string;
  language?: Language;
  publishedOn?: string;
  source?: ArticleSource;
  companyId?: string;
  commit: boolean;
}

type FieldError = { path: string; message: string };

const FIELDS = ['text', 'language', 'publishedOn', 'source', 'companyId', 'commit'];
const SOURCE_FIELDS = ['publisher', 'url', 'title'];

/** Checks the body: 400 naming each field at fault, 413 for a text over 200,000 characters. */
export function parseArticleRequest(body: unknown): ArticleRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid([{ path: '', message: 'body must be a JSON object' }]);
  const fields = body as Record<string, unknown>;
  const errors: FieldError[] = Object.keys(fields)
    .filter((key) => !FIELDS.includes(key))
    .map((key) => ({ path: key, message: `${key} is not an allowed field` }));
  const { text, language, publishedOn, source, companyId, commit } = fields;
  if (typeof text !== 'string' || text.trim() === '') errors.push({ path: 'text', message: 'text must be a non-empty string' });
  if (language !== undefined && !isLanguage(language)) errors.push({ path: 'language', message: 'language must be fr or en' });
  if (publishedOn !== undefined && !isLedgerDate(publishedOn)) errors.push({ path: 'publishedOn', message: `publishedOn must be ${LEDGER_DATE_DESCRIPTION}` });
  if (companyId !== undefined && (typeof companyId !== 'string' || !COMPANY_ID_PATTERN.test(companyId)))
    errors.push({ path: 'companyId', message: 'companyId must be a registered company id' });
  if (commit !== undefined && typeof commit !== 'boolean') errors.push({ path: 'commit', message: 'commit must be a boolean' });
  errors.push(...sourceErrors(source));
  if (errors.length > 0) throw invalid(errors);
  if ((text as string).length > MAX_ARTICLE_CHARACTERS) {
    throw new ProblemException(
      problem(413, 'article-too-large', 'Article too long', {
        detail: `text has ${(text as string).length} characters; the limit is ${MAX_ARTICLE_CHARACTERS}`,
      }),
    );
  }
  return {
    text: text as string,
    language: language as Language | undefined,
    publishedOn: publicationDay(publishedOn as string | undefined) ?? undefined,
    source: source as ArticleSource | undefined,
    companyId: companyId as string | undefined,
    commit: commit === true,
  };
}

function sourceErrors(source: unknown): FieldError[] {
  if (source === undefined) return [];
  if (typeof source !== 'object' || source === null || Array.isArray(source))
    return [{ path: 'source', message: 'source must be an object {publisher?, url?, title?}' }];
  return Object.entries(source).flatMap(([key, value]): FieldError[] => {
    const path = `source.${key}`;
    if (!SOURCE_FIELDS.includes(key)) return [{ path, message: `${key} is not an allowed field` }];
    if (typeof value !== 'string' || value.trim() === '') return [{ path, message: `${key} must be a non-empty string` }];
    if (key === 'url' && !/^https?:\/\/\S+$/.test(value)) return [{ path, message: 'url must be an http or https URL' }];
    return [];
  });
}

function invalid(errors: FieldError[]): ProblemException {
  return new ProblemException(
    problem(400, 'validation', 'Invalid request', { detail: `${errors.length} invalid field${errors.length === 1 ? '' : 's'}`, errors }),
  );
}
