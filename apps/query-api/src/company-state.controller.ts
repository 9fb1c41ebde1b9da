import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { companyStream } from '@ledger/disclosures';
import { AS_OF_BASES, AsOfBasis, statusAsOf } from '@ledger/projections';
import { ApiProblems, NotInSchemas } from '@ledger/platform';
import { companyNotFound } from './company-not-found';
import { CheckedQuery, Choice, Instant, ReadParams, instantParam } from './query-params';
import { ReadModel } from './read-model.service';
import { INVALID_QUERY, READ_MODEL_BEHIND, UNKNOWN_COMPANY } from './query-problems';
import { COMPANY_STATUS_SCHEMA } from './query-answers';

@NotInSchemas()
class StateParams extends ReadParams {
  @Instant() asOf?: string;
  @Choice(AS_OF_BASES) basis?: AsOfBasis;
}

/** As-of queries: folded from the company's stream in the log, not from the read model. */
@ApiTags('read')
@Controller('v1/companies/:companyId/state')
export class CompanyStateController {
  constructor(private readonly readModel: ReadModel) {}

  @Get()
  @ApiQuery({ name: 'asOf', required: false, description: 'An ISO 8601 instant (or a date: its start, UTC). Default: now.' })
  @ApiQuery({ name: 'basis', required: false, enum: AS_OF_BASES, description: 'occurred: business time (default); recorded: what the ledger knew then.' })
  @ApiOkResponse({
    description: 'The company status as of that instant, with asOf and basis.',
    schema: {
      allOf: [
        COMPANY_STATUS_SCHEMA,
        {
          type: 'object',
          required: ['asOf', 'basis'],
          properties: { asOf: { type: 'string', format: 'date-time' }, basis: { type: 'string', enum: [...AS_OF_BASES] } },
        },
      ],
    },
  })
  @ApiProblems({ ...INVALID_QUERY, ...UNKNOWN_COMPANY, ...READ_MODEL_BEHIND })
  async asOf(@Param('companyId') companyId: string, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply) {
    const params = await this.readModel.consistentAt(new CheckedQuery(StateParams, query), reply);
    const asOfMs = instantParam(params.asOf) ?? Date.now();
    const basis = params.basis ?? 'occurred';
    const stream = await this.readModel.store.readStream(companyStream(companyId));
    if (stream.length === 0) throw companyNotFound(companyId);
    return { ...statusAsOf(companyId, stream, asOfMs, basis), asOf: new Date(asOfMs).toISOString(), basis };
  }
}
