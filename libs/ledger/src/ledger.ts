import {
  CompanyCommand,
  CompanyEvent,
  CompanyState,
  Result,
  commandEventIds,
  companyStream,
  decide,
  err,
  namedIds,
  ok,
  parseCompanyRegistration,
  parseCorrectionInput,
  parseDisclosureBatch,
  parseRetractionInput,
  recordedRevisionOf,
  validationFailed,
} from '@ledger/disclosures';
import { EventStore, EventToAppend, WrongExpectedRevisionError } from '@ledger/event-store';
import { CompanyQueue } from './company-queue';
import { DecisionIndex } from './decision-index/decision-index';
import { DecisionStates } from './decision-index/decision-states';
import { WriteContext, WriteResult } from './write-context';
import { WriteError, revisionMismatch } from './write-error';

export interface LedgerDependencies {
  store: EventStore;
  clock: () => Date;
  newId: () => string;
  /** Who records: the app's name, kept in each event's metadata. */
  recordedBy: string;
  /**
   * The decision index (a cache of the log on disk, see DecisionIndex). Default: one in this process's
   * memory, filled per company on its first write: fine for a short-lived command, not for a server.
   */
  decisions?: DecisionIndex;
}

export const SCHEMA_VERSION = 1;
/**
 * Decisions made again after losing a race without If-Match. Several processes on one store can each
 * lose a few rounds in a row under a burst; every lost round means another write got through.
 */
const MAX_ATTEMPTS = 30;
/** Upper bound of the random pause before deciding again, so rival processes stop colliding in step. */
const MAX_BACKOFF_MS = 50;

/**
 * The write side: validates input, loads the company's lean decision state (its revision and the
 * disclosures the command names) from the decision index, asks the decider, appends with the exact
 * revision it decided on. Concurrent writers are settled by the store; without If-Match a lost race is
 * decided again on the newer state.
 */
export class Ledger {
  private readonly states: DecisionStates;
  private readonly queue = new CompanyQueue();

  constructor(private readonly deps: LedgerDependencies) {
    this.states = new DecisionStates(deps.store, deps.decisions ?? DecisionIndex.open(':memory:'));
  }

  async registerCompany(body: unknown, context: WriteContext = {}): Promise<Result<WriteResult & { companyId: string }, WriteError>> {
    const parsed = parseCompanyRegistration(body);
    if (!parsed.ok) return err(validationFailed(parsed.error));
    const registration = parsed.value;
    const eventId = this.deps.newId();
    const result = await this.execute(registration.companyId, context, () => ({
      type: 'RegisterCompany',
      companyId: registration.companyId,
      eventId,
      registration,
    }));
    return result.ok ? ok({ ...result.value, companyId: registration.companyId }) : result;
  }

  async recordDisclosures(companyId: string, body: unknown, context: WriteContext = {}): Promise<Result<WriteResult & { batch: boolean }, WriteError>> {
    const parsed = parseDisclosureBatch(body);
    if (!parsed.ok) return err(validationFailed(parsed.error));
    const disclosures = parsed.value.disclosures.map((d) => ({ ...d, disclosureId: d.disclosureId ?? this.deps.newId() }));
    const result = await this.execute(companyId, context, () => ({ type: 'RecordDisclosures', companyId, disclosures }));
    return result.ok ? ok({ ...result.value, batch: parsed.value.batch }) : result;
  }

  async correctDisclosure(companyId: string, targetId: string, body: unknown, context: WriteContext = {}): Promise<Result<WriteResult, WriteError>> {
    const parsed = parseCorrectionInput(body);
    if (!parsed.ok) return err(validationFailed(parsed.error));
    const { correctionId = this.deps.newId(), ...correction } = parsed.value;
    return this.execute(companyId, context, () => ({
      type: 'CorrectDisclosure',
      companyId,
      correctionId,
      targetId,
      correction,
      source: { kind: 'manual' },
    }));
  }

  async retractDisclosure(companyId: string, targetId: string, body: unknown, context: WriteContext = {}): Promise<Result<WriteResult, WriteError>> {
    const parsed = parseRetractionInput(body);
    if (!parsed.ok) return err(validationFailed(parsed.error));
    const retractionId = parsed.value.retractionId ?? this.deps.newId();
    return this.execute(companyId, context, () => ({
      type: 'RetractDisclosure',
      companyId,
      retractionId,
      targetId,
      reason: parsed.value.reason,
      source: { kind: 'manual' },
    }));
  }

  private execute(companyId: string, context: WriteContext, command: () => CompanyCommand): Promise<Result<WriteResult, WriteError>> {
    return this.queue.run(companyId, () => this.decideAndAppend(companyId, context, command));
  }

  private async decideAndAppend(companyId: string, context: WriteContext, command: () => CompanyCommand): Promise<Result<WriteResult, WriteError>> {
    const issued = command();
    const named = namedIds(issued);
    // The first decision trusts the index without reading the stream: the append's expected revision
    // catches any write it has not seen. Any other answer than a new write is given only on a state
    // caught up with the stream.
    let caughtUp = false;
    for (let attempt = 1; ; attempt++) {
      const state = await this.states.load(companyId, named, caughtUp);
      const decision = decide(issued, state);
      // A retry answers with its original result even when the company has moved on since its If-Match.
      const replay = decision.ok && decision.value.length === 0;
      const mismatch = !replay && context.expectedRevision !== undefined && context.expectedRevision !== state.revision;
      if (!caughtUp && (mismatch || replay || !decision.ok)) {
        caughtUp = true;
        continue;
      }
      if (mismatch) return err(revisionMismatch(context.expectedRevision!, state.revision));
      if (!decision.ok) return decision;
      if (replay) return ok(await this.replayResult(companyId, issued, state));
      try {
        const written = await this.append(companyId, state, decision.value, commandEventIds(issued), context);
        if (written) return ok(written);
        // Another writer recorded these very events first: answer as any retry is answered.
        return ok(await this.replayResult(companyId, issued, await this.states.load(companyId, named, true)));
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        caughtUp = true;
        if (context.expectedRevision !== undefined) {
          const current = await this.states.load(companyId, [], true);
          return err(revisionMismatch(context.expectedRevision, current.revision));
        }
        if (attempt >= MAX_ATTEMPTS) throw error;
        if (attempt > 1) await pause(Math.random() * Math.min(2 ** attempt, MAX_BACKOFF_MS));
      }
    }
  }

  /** Null when the store already held every one of these events: nothing was written. */
  private async append(companyId: string, state: CompanyState, events: CompanyEvent[], ids: string[], context: WriteContext): Promise<WriteResult | null> {
    const recordedAt = this.deps.clock().toISOString();
    const toAppend: EventToAppend[] = events.map((event, index) => ({
      id: ids[index],
      type: event.type,
      data: event.data as unknown as EventToAppend['data'],
      metadata: {
        recordedAt,
        schemaVersion: SCHEMA_VERSION,
        recordedBy: this.deps.recordedBy,
        ...(context.correlationId ? { correlationId: context.correlationId } : {}),
        ...(context.causationId ? { causationId: context.causationId } : {}),
        ...(context.keyName ? { keyName: context.keyName } : {}),
      },
    }));
    const expectedRevision = state.revision < 0 ? 'no_stream' : state.revision;
    const appended = await this.deps.store.append(companyStream(companyId), toAppend, { expectedRevision });
    if (appended.alreadyRecorded) return null;
    const first = appended.nextRevision - events.length + 1;
    this.states.appended(companyId, first, ids, events);
    return {
      disclosures: ids.map((disclosureId, index) => ({ disclosureId, revision: first + index })),
      position: appended.position,
      revision: appended.nextRevision,
      replayed: false,
    };
  }

  /** Answers a retry with what the first request got: the original revisions and position. */
  private async replayResult(companyId: string, command: CompanyCommand, state: CompanyState): Promise<WriteResult> {
    const disclosures = commandEventIds(command).map((disclosureId) => ({ disclosureId, revision: recordedRevisionOf(state, disclosureId) ?? -1 }));
    const last = Math.max(...disclosures.map((d) => d.revision));
    const [lastEvent] = await this.deps.store.readStream(companyStream(companyId), { fromRevision: last, maxCount: 1 });
    return { disclosures, position: lastEvent.position, revision: state.revision, replayed: true };
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
