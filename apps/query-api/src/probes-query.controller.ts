import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CURSOR_SHAPES, pageJson } from '@ledger/projections';
import { ApiProblems, NotInSchemas } from '@ledger/platform';
import { sendJson } from './json-reply';
import { CheckedQuery, Choice, PageParams, Single, limitOf } from './query-params';
import { ReadModel } from './read-model.service';
import { INVALID_QUERY, READ_MODEL_BEHIND } from './query-problems';
import { pageSchema } from './query-answers';

@NotInSchemas()
class ProbesParams extends PageParams {
  @Single() regulator?: string;
  @Choice(['open', 'closed']) status?: 'open' | 'closed';
}

/** Regulatory probes across companies. */
@ApiTags('read')
@Controller('v1/probes')
export class ProbesQueryController {
  constructor(private readonly readModel: ReadModel) {}

  @Get()
  @ApiQuery({ name: 'regulator', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'closed'] })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ description: '{probes: [{companyId, regulator, scope, stage, status, since, ...}], next}, oldest first.', schema: pageSchema('probes') })
  @ApiProblems({ ...INVALID_QUERY, ...READ_MODEL_BEHIND })
  async search(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const checked = new CheckedQuery(ProbesParams, query, { name: 'probes', shape: CURSOR_SHAPES.probes });
    const params = await this.readModel.consistentAt(checked, reply);
    const search = { regulator: params.regulator, status: params.status, limit: limitOf(params), after: checked.after };
    return sendJson(reply, pageJson('probes', checked.page(this.readModel.queries.probes(search))));
  }
}
