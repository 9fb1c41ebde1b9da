import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '@ledger/platform';
import { LiveStreams } from './live-streams';
import { INVALID_QUERY, UNKNOWN_COMPANY } from '../query-problems';

const FROM = {
  name: 'from',
  required: false,
  description: 'Resume strictly after this log position, or "start" for the whole log; absent: live from now. 400 when malformed or beyond the log.',
};
const TYPES = { name: 'types', required: false, description: 'Only these event types, comma-separated.' };
const LAST_EVENT_ID = {
  name: 'Last-Event-ID',
  required: false,
  description: 'Resume strictly after this position; wins over ?from= (EventSource sends it when it reconnects).',
};
const NOT_ACCEPTABLE = { 406: 'Accept admits neither text/event-stream nor application/x-ndjson (nor application/ndjson).' } as const;
const STREAM = {
  description:
    'Server-Sent Events (text/event-stream), or one JSON object a line with Accept: application/x-ndjson. Each message: id = log position, event = type, data = the disclosure with companyId, revision, position and recordedAt. A heartbeat every 15 s; a final `error` message when the server ends the stream.',
  headers: {
    'Stream-After': {
      required: false,
      description:
        'The position the stream starts strictly after ("start": the first event). Resume from it (Last-Event-ID or ?from=) when the connection drops before the first message.',
      schema: { type: 'string' },
    },
  },
  content: { 'text/event-stream': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } },
};

@ApiTags('live')
@Controller('v1/streams')
export class StreamsController {
  constructor(private readonly streams: LiveStreams) {}

  @Get('all')
  @ApiQuery(FROM)
  @ApiQuery(TYPES)
  @ApiQuery({ name: 'companies', required: false, description: 'Only these companies, comma-separated ids.' })
  @ApiHeader(LAST_EVENT_ID)
  @ApiOkResponse(STREAM)
  @ApiProblems({ ...INVALID_QUERY, ...NOT_ACCEPTABLE })
  async all(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.streams.open(request, reply, query);
  }

  @Get('companies/:companyId')
  @ApiParam({ name: 'companyId', description: 'A registered company; any other id (a malformed one too) is a 404.' })
  @ApiQuery(FROM)
  @ApiQuery(TYPES)
  @ApiHeader(LAST_EVENT_ID)
  @ApiOkResponse(STREAM)
  @ApiProblems({ ...INVALID_QUERY, ...UNKNOWN_COMPANY, ...NOT_ACCEPTABLE })
  async company(
    @Param('companyId') companyId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.streams.openCompany(request, reply, companyId, query);
  }
}
