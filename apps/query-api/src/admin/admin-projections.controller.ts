import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ProblemException, RequiresScope, problem } from '@ledger/platform';
import { RebuildInProgressError, RebuildJobState, failureSummary, lagBetween } from '@ledger/projections';
import { ReadModel } from '../read-model.service';
import { knownProjection } from './projection-problems';

/** The read model's projections: their state, and a rebuild of one (into a new file, swapped in) on demand. */
@ApiTags('admin')
@Controller('v1/admin/projections')
export class AdminProjectionsController {
  constructor(private readonly readModel: ReadModel) {}

  @Get()
  @RequiresScope('admin')
  @ApiOkResponse({
    description:
      "Each projection's status (live, stopped, stale, rebuilding), its own checkpoint and lag, the error it stopped with and its parked events; the last rebuild and its digests; a rebuild's progress.",
    schema: {
      type: 'object',
      required: ['head', 'checkpoint', 'projections', 'failures'],
      properties: {
        projections: {
          type: 'array',
          items: { type: 'object', required: ['name', 'status', 'checkpoint', 'error', 'stoppedAt', 'parked'], properties: { parked: { type: 'integer' } } },
        },
        failures: {
          type: 'object',
          required: ['stopped', 'parked'],
          properties: { stopped: { type: 'array', items: { type: 'string' } }, parked: { type: 'integer' } },
        },
      },
    },
  })
  async status(): Promise<unknown> {
    const model = this.readModel.model;
    const head = await this.readModel.store.headPosition();
    const checkpoint = model.checkpoint;
    const build = model.build;
    const rebuild = model.rebuilds.state;
    const statuses = model.projectionStatus();
    return {
      file: model.file,
      head,
      checkpoint,
      lag: lagBetween(checkpoint, head),
      projections: model.projections.map((projection, i) => ({
        name: projection.name,
        version: projection.version,
        status: statuses[i].state,
        checkpoint: statuses[i].checkpoint,
        lag: lagBetween(statuses[i].checkpoint, head),
        error: statuses[i].error,
        stoppedAt: statuses[i].stoppedAt,
        parked: statuses[i].parked,
        lastRebuild: build && { builtAt: build.builtAt, events: build.events, position: build.position, durationMs: build.durationMs },
        digest: build?.digests ? Object.fromEntries(projection.tables.map((table) => [table.name, build.digests!.tables[table.name]])) : null,
      })),
      failures: failureSummary(statuses),
      digest: build?.digests?.sha256 ?? null,
      rebuild: rebuild && publicState(rebuild),
    };
  }

  @Post(':name/rebuild')
  @RequiresScope('admin')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'The rebuild of that projection alone started (the others are copied as they stand): follow it in GET /v1/admin/projections.',
    schema: {
      type: 'object',
      required: ['rebuild', 'projections'],
      properties: { rebuild: { type: 'object', required: ['state'] }, projections: { type: 'array', items: { type: 'string' } } },
    },
  })
  @ApiProblems({ 404: 'No projection of that name.', 409: 'A rebuild is already running.' })
  rebuild(@Param('name') name: string): unknown {
    knownProjection(this.readModel.model, name);
    try {
      const job = this.readModel.model.rebuilds.start(`asked for: ${name}`, [name]);
      return { rebuild: publicState(job), projections: [name] };
    } catch (error) {
      if (error instanceof RebuildInProgressError)
        throw new ProblemException(problem(409, 'rebuild-in-progress', 'A rebuild is already running', { detail: error.message }));
      throw error;
    }
  }
}

function publicState(job: RebuildJobState) {
  const { progress } = job;
  return {
    state: progress.state,
    reason: job.reason,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    events: progress.events,
    total: progress.total,
    eventsPerSecond: Math.round(progress.eventsPerSecond),
    etaMs: progress.etaMs === null ? null : Math.round(progress.etaMs),
    error: job.error,
    file: job.result?.file ?? null,
  };
}
