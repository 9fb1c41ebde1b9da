import { Body, Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventStore } from '@ledger/event-store';
import { ExtractResult, MAX_ARTICLE_CHARACTERS, extract, registeredCompanies, toDisclosures } from '@ledger/extraction';
import { Ledger } from '@ledger/ledger';
import { ApiProblems, EVENT_STORE, ProblemException, RequiresScope, problem } from '@ledger/platform';
import { ArticleRequest, parseArticleRequest } from './article-request';
import { WRITE_PROBLEMS } from './write-problems';
import { replyToWrite, writeContextOf } from './write-reply';
import { ETAG_HEADER, WRITTEN_DISCLOSURE } from './write-answers';

const ARTICLE_BODY = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', maxLength: MAX_ARTICLE_CHARACTERS, description: 'the article, French or English' },
    language: { type: 'string', enum: ['fr', 'en'], description: 'detected when absent' },
    publishedOn: { type: 'string', example: '2024-04-29', description: 'resolves "lundi", "yesterday"; the disclosures\' disclosedAt' },
    source: { type: 'object', properties: { publisher: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' } } },
    companyId: { type: 'string', description: 'the company to record for (needed to commit unless the article names exactly one registered company)' },
    commit: { type: 'boolean', default: false, description: 'record the proposals; the same article again records nothing new' },
  },
};

/** What extraction proposes, and, when committed, what was recorded. */
const EXTRACTION_SCHEMA = {
  type: 'object',
  required: ['language', 'companies', 'proposals'],
  properties: {
    language: { type: 'string' },
    companies: { type: 'array', items: { type: 'object' } },
    proposals: { type: 'array', items: { type: 'object' } },
    companyId: { type: 'string' },
    disclosures: { type: 'array', items: WRITTEN_DISCLOSURE },
    position: { type: 'string' },
  },
};

@ApiTags('write')
@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly ledger: Ledger,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @RequiresScope('write', { when: isCommit, whenDescribed: 'to commit (a dry run needs none)' })
  @ApiBody({ schema: ARTICLE_BODY })
  @ApiOkResponse({
    description:
      'A dry run: {language, companies, proposals}; or, committed again or with nothing to record, that and {companyId, disclosures} with nothing written.',
    schema: EXTRACTION_SCHEMA,
  })
  @ApiCreatedResponse({
    description: 'Committed: the extraction and {companyId, disclosures: [{disclosureId, revision}], position}.',
    schema: EXTRACTION_SCHEMA,
    headers: ETAG_HEADER,
  })
  @ApiProblems({ ...WRITE_PROBLEMS, 404: 'The company to commit for is not registered.', 413: 'The body is over 1 MiB, or the text over 200,000 characters.' })
  async ingest(@Body() body: unknown, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const article = parseArticleRequest(body);
    const result = extract({ ...article, companies: await registeredCompanies(this.store) });
    if (!article.commit) {
      reply.status(200);
      return result;
    }
    const companyId = companyToRecordFor(article, result);
    const disclosures = toDisclosures(result, article);
    if (disclosures.length === 0) {
      reply.status(200);
      return { ...result, companyId, disclosures: [] };
    }
    const written = replyToWrite(await this.ledger.recordDisclosures(companyId, { disclosures }, writeContextOf(request)), reply);
    return { ...result, companyId, disclosures: written.disclosures, position: written.position };
  }
}

/** Only a commit records: a dry run is a read. */
function isCommit(body: unknown): boolean {
  return (body as { commit?: unknown } | null)?.commit === true;
}

/** The company given, or the one registered company the article names. */
function companyToRecordFor(article: ArticleRequest, result: ExtractResult): string {
  if (article.companyId) return article.companyId;
  const registered = result.companies.filter((company) => company.registered);
  if (registered.length === 1 && registered[0].companyId) return registered[0].companyId;
  throw new ProblemException(
    problem(400, 'validation', 'Invalid request', {
      errors: [{ path: 'companyId', message: 'companyId is required to commit unless the article names exactly one registered company' }],
    }),
  );
}
