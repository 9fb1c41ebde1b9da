import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CURSOR_SHAPES, SortOrder, pageJson } from '@ledger/projections';
import { ApiProblems, NotInSchemas } from '@ledger/platform';
import { companyNotFound } from './company-not-found';
import { sendJson } from './json-reply';
import { CheckedQuery, Choice, DisclosureTypes, Instant, ORDERS, PageParams, Single, ReadParams, instantParam, limitOf } from './query-params';
import { ReadModel } from './read-model.service';
import { INVALID_QUERY, READ_MODEL_BEHIND, UNKNOWN_COMPANY } from './query-problems';
import { COMPANY_STATUS_SCHEMA, pageSchema } from './query-answers';

const MIN_POSITION = {
  name: 'minPosition',
  required: false,
  description: 'A position a write returned: waits up to 2 s for the read model to reach it, else 503.',
};

@NotInSchemas()
class CompaniesParams extends PageParams {
  @Single() q?: string;
  @Choice(['open']) incident?: 'open';
}

@NotInSchemas()
class TimelineParams extends PageParams {
  @DisclosureTypes() type?: string[];
  @Instant() from?: string;
  @Instant() to?: string;
  @Choice(ORDERS) order?: SortOrder;
}

@ApiTags('read')
@Controller('v1/companies')
export class CompaniesQueryController {
  constructor(private readonly readModel: ReadModel) {}

  @Get()
  @ApiQuery({ name: 'q', required: false, description: 'Part of a name, alias, ticker or identifier.' })
  @ApiQuery({ name: 'incident', required: false, enum: ['open'], description: 'Only companies with an open incident.' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery(MIN_POSITION)
  @ApiOkResponse({ description: '{companies: [status], next: cursor or null}', schema: pageSchema('companies') })
  @ApiProblems({ ...INVALID_QUERY, ...READ_MODEL_BEHIND })
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const checked = new CheckedQuery(CompaniesParams, query, { name: 'companies', shape: CURSOR_SHAPES.companies });
    const params = await this.readModel.consistentAt(checked, reply);
    const search = { q: params.q, openIncident: params.incident === 'open', limit: limitOf(params), after: checked.after };
    return sendJson(reply, pageJson('companies', checked.page(this.readModel.queries.companies(search))));
  }

  @Get(':companyId')
  @ApiQuery(MIN_POSITION)
  @ApiOkResponse({ description: "The company's status: identity, incident, probes, last share price, counts, dates, revision.", schema: COMPANY_STATUS_SCHEMA })
  @ApiProblems({ ...INVALID_QUERY, ...UNKNOWN_COMPANY, ...READ_MODEL_BEHIND })
  async status(
    @Param('companyId') companyId: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    await this.readModel.consistentAt(new CheckedQuery(ReadParams, query), reply);
    const status = this.readModel.queries.companyStatusJson(companyId);
    if (status === undefined) throw companyNotFound(companyId);
    return sendJson(reply, status);
  }

  @Get(':companyId/disclosures')
  @ApiQuery({ name: 'type', required: false, description: 'Disclosure types, comma-separated.' })
  @ApiQuery({ name: 'from', required: false, description: 'occurredAt on or after (date or instant).' })
  @ApiQuery({ name: 'to', required: false, description: 'occurredAt on or before (a date includes the whole day).' })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 500, default 50.' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `next` of the previous page.' })
  @ApiQuery(MIN_POSITION)
  @ApiOkResponse({
    description: '{companyId, disclosures: [...], next: cursor or null}, by occurredAt then revision.',
    schema: pageSchema('disclosures', { companyId: { type: 'string' } }),
  })
  @ApiProblems({ ...INVALID_QUERY, ...UNKNOWN_COMPANY, ...READ_MODEL_BEHIND })
  async timeline(
    @Param('companyId') companyId: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const checked = new CheckedQuery(TimelineParams, query, { name: `companies/${companyId}/disclosures`, shape: CURSOR_SHAPES.timeline });
    const params = await this.readModel.consistentAt(checked, reply);
    const timeline = {
      types: params.type,
      fromMs: instantParam(params.from),
      toMs: instantParam(params.to, 'end'),
      order: params.order ?? 'asc',
      limit: limitOf(params),
      after: checked.after,
    };
    const page = this.readModel.queries.timeline(companyId, timeline);
    if (page.documents.length === 0 && this.readModel.queries.companyStatusJson(companyId) === undefined) throw companyNotFound(companyId);
    return sendJson(reply, pageJson('disclosures', checked.page(page), { companyId }));
  }
}
