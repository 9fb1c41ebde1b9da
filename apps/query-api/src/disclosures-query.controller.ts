import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CURSOR_SHAPES, pageJson } from '@ledger/projections';
import { ApiProblems } from '@ledger/platform';
import { sendJson } from './json-reply';
import { QueryParams } from './query-params';
import { ReadModel } from './read-model.service';
import { INVALID_QUERY, READ_MODEL_BEHIND } from './query-problems';
import { pageSchema } from './query-answers';

/** Disclosures across companies. */
@ApiTags('read')
@Controller('v1/disclosures')
export class DisclosuresQueryController {
  constructor(private readonly readModel: ReadModel) {}

  @Get()
  @ApiQuery({ name: 'type', required: false, description: 'Disclosure types, comma-separated.' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'regulator', required: false, description: 'Regulator named in the facts, e.g. ICO.' })
  @ApiQuery({ name: 'company', required: false })
  @ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ description: '{disclosures: [...], next: cursor or null}, by occurredAt.', schema: pageSchema('disclosures') })
  @ApiProblems({ ...INVALID_QUERY, ...READ_MODEL_BEHIND })
  async search(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const params = new QueryParams(query);
    const search = {
      types: params.types(),
      fromMs: params.instant('from'),
      toMs: params.instant('to', 'end'),
      regulator: params.text('regulator'),
      companyId: params.text('company'),
      order: params.order(),
      limit: params.limit(),
      after: params.cursor(CURSOR_SHAPES.disclosures, 'disclosures'),
    };
    await this.readModel.consistentAt(params, reply);
    return sendJson(reply, pageJson('disclosures', params.page(this.readModel.queries.disclosures(search))));
  }
}
