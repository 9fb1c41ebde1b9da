import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@ledger/event-store';
import type { ReadModelSource } from '../metrics/metric-sources';
import { READINESS_SETTINGS, READ_MODEL_SOURCE, ReadinessCheck, ReadinessSettings, checkReadiness } from '../metrics/readiness';
import { EVENT_STORE } from '../store/event-store.token';
import { OpenAccess } from '../auth/requires-scope.decorator';
import { ProblemException, problem } from './problem';

const CHECKS_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name', 'ok', 'detail'],
    properties: { name: { type: 'string', enum: ['store', 'read-model'] }, ok: { type: 'boolean' }, detail: { type: 'string' }, lag: { type: 'integer' } },
  },
};

/** Liveness (the process serves) and readiness (it can do its work now: worth sending traffic to). */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READINESS_SETTINGS) private readonly settings: ReadinessSettings,
    @Optional() @Inject(READ_MODEL_SOURCE) private readonly readModel?: ReadModelSource,
  ) {}

  @Get('live')
  @OpenAccess()
  @ApiOkResponse({
    description: 'The process is serving requests.',
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @OpenAccess()
  @ApiOkResponse({
    description: 'The event store answers and the read model (on apps that have one) is within READY_MAX_LAG_EVENTS of it.',
    schema: { type: 'object', required: ['status', 'checks'], properties: { status: { type: 'string', enum: ['ready'] }, checks: CHECKS_SCHEMA } },
  })
  @ApiServiceUnavailableResponse({
    description: 'A check failed: the problem document says which in `detail`, and lists every check in `checks`.',
    content: {
      'application/problem+json': { schema: { type: 'object', required: ['type', 'title', 'status', 'checks'], properties: { checks: CHECKS_SCHEMA } } },
    },
  })
  async ready(): Promise<{ status: 'ready'; checks: ReadinessCheck[] }> {
    const checks = await checkReadiness(this.store, this.readModel, this.settings);
    const failed = checks.filter((check) => !check.ok);
    if (failed.length > 0) {
      const detail = failed.map((check) => `${check.name}: ${check.detail}`).join('; ');
      throw new ProblemException(problem(503, 'not-ready', 'Not ready', { detail, checks }), { 'retry-after': '1' });
    }
    return { status: 'ready', checks };
  }
}
