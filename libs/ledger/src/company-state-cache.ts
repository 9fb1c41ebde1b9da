import { CompanyState, evolve, initialCompanyState, companyStream, toCompanyEvent } from '@ledger/disclosures';
import type { EventStore } from '@ledger/event-store';

/**
 * Folded company states kept between requests. A state is always brought up to date by reading the
 * events after its revision, so writers in other processes are seen; the cache only saves the re-fold.
 */
export class CompanyStateCache {
  private readonly states = new Map<string, CompanyState>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 10_000,
  ) {}

  async load(companyId: string): Promise<CompanyState> {
    let state = this.states.get(companyId) ?? initialCompanyState;
    const newer = await this.store.readStream(companyStream(companyId), { fromRevision: state.revision + 1 });
    for (const recorded of newer) {
      const event = toCompanyEvent(recorded.type, recorded.data);
      if (!event) throw new Error(`${recorded.streamId}@${recorded.revision}: unknown event type ${recorded.type}`);
      state = evolve(state, event);
    }
    this.remember(companyId, state);
    return state;
  }

  remember(companyId: string, state: CompanyState): void {
    this.states.delete(companyId);
    this.states.set(companyId, state);
    if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value as string);
  }

  forget(companyId: string): void {
    this.states.delete(companyId);
  }
}
