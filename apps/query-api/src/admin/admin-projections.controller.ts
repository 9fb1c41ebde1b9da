import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ProblemException, RequiresScope, problem } from '@ledger/platform';
import { LEDGER_PROJECTIONS, RebuildInProgressError, RebuildJobState, lagBetween } from '@ledger/projections';
import { ReadModel } from '../read-model.service';

/** The read model's projections: their state, and a rebuild (into a new file, swapped in) on demand. */
@ApiTags('admin')
@Controller('v1/admin/projections')
export class AdminProjectionsController {
  constructor(private readonly readModel: ReadModel) {}

  @Get()
  @RequiresScope('admin')
  @ApiOkResponse({
    description: "Each projection's status, checkpoint and lag; the last rebuild and its digests; a rebuild's progress.",
    schema: { type: 'object', required: ['head', 'checkpoint', 'projections'], properties: { projections: { type: 'array', items: { type: 'object', required: ['name', 'status'] } } } },
  })
  async status(): Promise<unknown> {
    const model = this.readModel.model;
    const head = await this.readModel.store.headPosition();
    const checkpoint = model.checkpoint;
    const build = model.build;
    const rebuild = model.rebuilds.state;
    return {
      file: model.file,
      head,
      checkpoint,
      lag: lagBetween(checkpoint, head),
      projections: LEDGER_PROJECTIONS.map((projection) => ({
        name: projection.name,
        version: projection.version,
        status: model.stale.includes(projection.name) ? 'stale' : model.rebuilds.busy ? 'rebuilding' : 'live',
        checkpoint,
        lag: lagBetween(checkpoint, head),
        lastRebuild: build && { builtAt: build.builtAt, events: build.events, position: build.position, durationMs: build.durationMs },
        digest: build?.digests ? Object.fromEntries(projection.tables.map((table) => [table.name, build.digests!.tables[table.name]])) : null,
      })),
      digest: build?.digests?.sha256 ?? null,
      rebuild: rebuild && publicState(rebuild),
    };
  }

  @Post(':name/rebuild')
  @RequiresScope('admin')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'The rebuild started: follow it in GET /v1/admin/projections. Every projection is rebuilt (they read one another in one pass).',
    schema: { type: 'object', required: ['rebuild', 'projections'], properties: { rebuild: { type: 'object', required: ['state'] }, projections: { type: 'array', items: { type: 'string' } } } },
  })
  @ApiProblems({ 404: 'No projection of that name.', 409: 'A rebuild is already running.' })
  rebuild(@Param('name') name: string): unknown {
    if (!LEDGER_PROJECTIONS.some((projection) => projection.name === name)) {
      throw new ProblemException(problem(404, 'unknown-projection', 'No such projection', { detail: `known: ${LEDGER_PROJECTIONS.map((p) => p.name).join(', ')}` }));
    }
    try {
      const job = this.readModel.model.rebuilds.start(`asked for: ${name}`);
      return { rebuild: publicState(job), projections: LEDGER_PROJECTIONS.map((projection) => projection.name) };
    } catch (error) {
      if (error instanceof RebuildInProgressError) throw new ProblemException(problem(409, 'rebuild-in-progress', 'A rebuild is already running', { detail: error.message }));
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
