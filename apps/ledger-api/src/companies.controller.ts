import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ledger } from '@ledger/ledger';
import { ApiProblems, RequiresScope, SCHEMA_REF_PREFIX } from '@ledger/platform';
import { WRITE_PROBLEMS } from './write-problems';
import { replyToWrite, writeContextOf } from './write-reply';
import { ETAG_HEADER, REGISTERED_SCHEMA } from './write-answers';

@ApiTags('write')
@Controller('v1/companies')
export class CompaniesController {
  constructor(private readonly ledger: Ledger) {}

  @Post()
  @RequiresScope('write')
  @ApiBody({ schema: { $ref: `${SCHEMA_REF_PREFIX}CompanyRegistration` } })
  @ApiCreatedResponse({
    description: 'Registered; Location names the company.',
    schema: REGISTERED_SCHEMA,
    headers: { ...ETAG_HEADER, Location: { required: true, description: "The company's status.", schema: { type: 'string' } } },
  })
  @ApiProblems({ ...WRITE_PROBLEMS, 409: 'The company is already registered.' })
  async register(@Body() body: unknown, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const written = replyToWrite(await this.ledger.registerCompany(body, writeContextOf(request)), reply);
    reply.header('location', `/v1/companies/${written.companyId}`);
    return { companyId: written.companyId, revision: written.revision, position: written.position };
  }
}
