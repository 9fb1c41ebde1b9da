import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { companyStream } from '@ledger/disclosures';
import { chainAuditReport } from '@ledger/event-store';
import { ApiProblems, RequiresScope } from '@ledger/platform';
import { companyNotFound } from '../company-not-found';
import { ReadModel } from '../read-model.service';
import { parseChainAuditRequest } from './chain-audit-request';

const CHAIN_AUDIT_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: { companyId: { type: 'string', description: "one company's stream; every company stream when absent" } },
};

const BROKEN_LINK = {
  type: 'object',
  required: ['streamId', 'revision', 'expectedHash', 'foundHash', 'reason'],
  properties: {
    streamId: { type: 'string' },
    revision: { type: 'integer' },
    expectedHash: { type: 'string' },
    foundHash: { type: ['string', 'null'] },
    reason: { type: 'string', enum: ['hash-mismatch', 'prev-hash-mismatch', 'revision-gap', 'data-text-altered', 'unreadable'] },
    detail: { type: 'string' },
  },
};

const CHAIN_AUDIT_REPORT = {
  type: 'object',
  required: ['ok', 'streams', 'events', 'broken', 'scope', 'head', 'durationMs'],
  properties: {
    ok: { type: 'boolean' },
    streams: { type: 'integer' },
    events: { type: 'integer' },
    broken: { type: 'array', items: BROKEN_LINK, description: 'the first broken link found (the audit stops there); empty when every chain is whole' },
    scope: { type: 'string', example: 'company-*' },
    head: { type: ['string', 'null'] },
    durationMs: { type: 'integer' },
  },
};

/** The hash chain audit `ledgerctl audit chain` runs, over HTTP: the log read whole (or one company's stream) and every link recomputed. */
@ApiTags('admin')
@Controller('v1/admin/audit/chain')
export class AdminChainAuditController {
  constructor(private readonly readModel: ReadModel) {}

  @Post()
  @RequiresScope('admin')
  @HttpCode(200)
  @ApiBody({ schema: CHAIN_AUDIT_BODY, required: false })
  @ApiOkResponse({ description: 'The audit: `ok` false and the broken link named when a chain is broken.', schema: CHAIN_AUDIT_REPORT })
  @ApiProblems({ 400: 'The body is not `{companyId?}`: `errors` names the field.', 404: 'The company is not in the ledger.' })
  async audit(@Body() body: unknown): Promise<unknown> {
    const { companyId } = parseChainAuditRequest(body);
    const { report, found } = await chainAuditReport(this.readModel.store, { streamId: companyId === undefined ? undefined : companyStream(companyId) });
    if (!found) throw companyNotFound(companyId!);
    const { broken, ...rest } = report;
    return { ...rest, broken: broken === null ? [] : [broken] };
  }
}
