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
    const params = new QueryParams(query);
    const search = {
      regulator: params.text('regulator'),
      status: params.oneOf('status', ['open', 'closed'] as const),
      limit: params.limit(),
      after: params.cursor(CURSOR_SHAPES.probes, 'probes'),
    };
    await this.readModel.consistentAt(params, reply);
    return sendJson(reply, pageJson('probes', params.page(this.readModel.queries.probes(search))));
  }
}
