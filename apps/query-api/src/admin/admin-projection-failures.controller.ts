import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, RequiresScope } from '@ledger/platform';
import { ReadModel } from '../read-model.service';
import { knownProjection, notStopped, runningProjector } from './projection-problems';

const PARKED_EVENT_SCHEMA = {
  type: 'object',
  required: ['projection', 'position', 'eventId', 'streamId', 'revision', 'type', 'error', 'parkedAt'],
  properties: {
    projection: { type: 'string' },
    position: { type: 'string' },
    eventId: { type: 'string' },
    streamId: { type: 'string' },
    revision: { type: 'integer' },
    type: { type: 'string' },
    error: { type: 'string' },
    parkedAt: { type: 'string', format: 'date-time' },
  },
};

/** What the failure policy left to an admin: events parked by a projection, and projections stopped. */
@ApiTags('admin')
@Controller('v1/admin/projections')
export class AdminProjectionFailuresController {
  constructor(private readonly readModel: ReadModel) {}

  @Get(':name/parked')
  @RequiresScope('admin')
  @ApiOkResponse({
    description: 'The events the projection skipped under the park policy, in log order, each with its error.',
    schema: {
      type: 'object',
      required: ['projection', 'parked'],
      properties: { projection: { type: 'string' }, parked: { type: 'array', items: PARKED_EVENT_SCHEMA } },
    },
  })
  @ApiProblems({ 404: 'No projection of that name.' })
  parked(@Param('name') name: string): unknown {
    knownProjection(this.readModel.model, name);
    return { projection: name, parked: this.readModel.model.parked(name) };
  }

  @Post(':name/parked/replay')
  @RequiresScope('admin')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'Applies the parked events again (after a fix), late and out of log order: those that apply are no longer parked; the others stay, with their new error.',
    schema: {
      type: 'object',
      required: ['projection', 'applied', 'failed', 'parked'],
      properties: {
        projection: { type: 'string' },
        applied: { type: 'array', items: { type: 'string', description: 'event id' } },
        failed: {
          type: 'array',
          items: { type: 'object', required: ['eventId', 'error'], properties: { eventId: { type: 'string' }, error: { type: 'string' } } },
        },
        parked: { type: 'integer', description: 'events still parked' },
      },
    },
  })
  @ApiProblems({ 404: 'No projection of that name.', 409: 'The read model is frozen until its rebuild.' })
  async replay(@Param('name') name: string): Promise<unknown> {
    knownProjection(this.readModel.model, name);
    const outcome = await runningProjector(this.readModel.model).replay(name);
    return { projection: name, ...outcome, parked: this.readModel.model.parked(name).length };
  }

  @Post(':name/resume')
  @RequiresScope('admin')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'A stopped projection goes on from its checkpoint, with the event it stopped at (it stops there again if that still fails).',
    schema: { type: 'object', required: ['projection', 'resumed'], properties: { projection: { type: 'string' }, resumed: { type: 'boolean' } } },
  })
  @ApiProblems({ 404: 'No projection of that name.', 409: 'The projection is not stopped, or the read model is frozen until its rebuild.' })
  resume(@Param('name') name: string): unknown {
    knownProjection(this.readModel.model, name);
    if (!runningProjector(this.readModel.model).resume(name)) throw notStopped(name);
    return { projection: name, resumed: true };
  }
}
