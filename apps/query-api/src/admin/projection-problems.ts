import { ProblemException, problem } from '@ledger/platform';
import { ProjectorThread, SwitchingReadModel } from '@ledger/projections';

/** The projection of that name in service; a 404 problem naming the known ones when there is none. */
export function knownProjection(model: SwitchingReadModel, name: string): string {
  if (model.projections.some((projection) => projection.name === name)) return name;
  throw new ProblemException(
    problem(404, 'unknown-projection', 'No such projection', { detail: `known: ${model.projections.map((projection) => projection.name).join(', ')}` }),
  );
}

/** The projector of the file in service; a 409 problem while that file is served frozen until its rebuild. */
export function runningProjector(model: SwitchingReadModel): ProjectorThread {
  if (model.projector) return model.projector;
  throw new ProblemException(
    problem(409, 'read-model-frozen', 'The read model is frozen until its rebuild', { detail: `stale projections: ${model.stale.join(', ')}` }),
  );
}

export function notStopped(name: string): ProblemException {
  return new ProblemException(
    problem(409, 'projection-not-stopped', 'The projection is not stopped', { detail: `${name} runs: only a stopped projection can be resumed` }),
  );
}
