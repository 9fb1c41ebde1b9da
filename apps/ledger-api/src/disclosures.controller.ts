import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Ledger } from '@ledger/ledger';
import { ApiAnswers, ApiProblems, RequiresScope, SCHEMA_REF_PREFIX } from '@ledger/platform';
import { DISCLOSURE_BODY_SCHEMA } from './disclosure-body.schema';
import { IF_MATCH_PROBLEM, WRITE_PROBLEMS } from './write-problems';
import { replyToWrite, writeContextOf } from './write-reply';
import { AMENDED_SCHEMA, RECORDED_SCHEMA, writtenAnswers } from './write-answers';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The company revision the client expects, e.g. "3"; 412 when it differs.' };

@ApiTags('write')
@Controller('v1/companies/:companyId/disclosures')
export class DisclosuresController {
  constructor(private readonly ledger: Ledger) {}

  @Post()
  @RequiresScope('write')
  @ApiHeader(IF_MATCH)
  @ApiBody({ schema: DISCLOSURE_BODY_SCHEMA })
  @ApiAnswers(writtenAnswers(RECORDED_SCHEMA, 'Recorded: each disclosure with its revision, in the order sent.'))
  @ApiProblems({ ...WRITE_PROBLEMS, ...IF_MATCH_PROBLEM, 404: 'The company is not registered.', 409: 'A disclosureId already used for other content.' })
  async record(@Param('companyId') companyId: string, @Body() body: unknown, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const written = replyToWrite(await this.ledger.recordDisclosures(companyId, body, writeContextOf(request)), reply);
    return { disclosures: written.disclosures, position: written.position };
  }

  @Post(':disclosureId/corrections')
  @RequiresScope('write')
  @ApiHeader(IF_MATCH)
  @ApiBody({ schema: { $ref: `${SCHEMA_REF_PREFIX}CorrectionInput` } })
  @ApiAnswers(writtenAnswers(AMENDED_SCHEMA, "Corrected: disclosureId is the correction's own."))
  @ApiProblems({ ...WRITE_PROBLEMS, ...IF_MATCH_PROBLEM, 404: 'No such company, or no such disclosure of it.', 409: 'The disclosure was retracted.' })
  async correct(
    @Param('companyId') companyId: string,
    @Param('disclosureId') disclosureId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = replyToWrite(await this.ledger.correctDisclosure(companyId, disclosureId, body, writeContextOf(request)), reply);
    return { ...written.disclosures[0], position: written.position };
  }

  @Post(':disclosureId/retraction')
  @RequiresScope('write')
  @ApiHeader(IF_MATCH)
  @ApiBody({ schema: { $ref: `${SCHEMA_REF_PREFIX}RetractionInput` } })
  @ApiAnswers(writtenAnswers(AMENDED_SCHEMA, "Retracted: disclosureId is the retraction's own."))
  @ApiProblems({ ...WRITE_PROBLEMS, ...IF_MATCH_PROBLEM, 404: 'No such company, or no such disclosure of it.', 409: 'The disclosure is already retracted.' })
  async retract(
    @Param('companyId') companyId: string,
    @Param('disclosureId') disclosureId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = replyToWrite(await this.ledger.retractDisclosure(companyId, disclosureId, body, writeContextOf(request)), reply);
    return { ...written.disclosures[0], position: written.position };
  }
}
