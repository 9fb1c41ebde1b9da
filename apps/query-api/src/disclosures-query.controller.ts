import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CURSOR_SHAPES, SortOrder, pageJson } from '@ledger/projections';
import { ApiProblems, NotInSchemas } from '@ledger/platform';
import { sendJson } from './json-reply';
import { CheckedQuery, Choice, DisclosureTypes, Instant, ORDERS, PageParams, Single, instantParam, limitOf } from './query-params';
import { ReadModel } from './read-model.service';
import { INVALID_QUERY, READ_MODEL_BEHIND } from './query-problems';
import { pageSchema } from './query-answers';

@NotInSchemas()
class DisclosuresParams extends PageParams {
  @DisclosureTypes() type?: string[];
  @Instant() from?: string;
  @Instant() to?: string;
  @Single() regulator?: string;
  @Single() company?: string;
  @Choice(ORDERS) order?: SortOrder;
}

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
    const checked = new CheckedQuery(DisclosuresParams, query, { name: 'disclosures', shape: CURSOR_SHAPES.disclosures });
    const params = await this.readModel.consistentAt(checked, reply);
    const search = {
      types: params.type,
      fromMs: instantParam(params.from),
      toMs: instantParam(params.to, 'end'),
      regulator: params.regulator,
      companyId: params.company,
      order: params.order ?? 'asc',
      limit: limitOf(params),
      after: checked.after,
    };
    return sendJson(reply, pageJson('disclosures', checked.page(this.readModel.queries.disclosures(search))));
  }
}
