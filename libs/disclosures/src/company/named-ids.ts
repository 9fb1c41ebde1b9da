import { CompanyCommand } from './commands';
import { CompanyState } from './state';

/** The ids of the events a command records, in order, as the caller gave them. */
export function commandEventIds(command: CompanyCommand): string[] {
  switch (command.type) {
    case 'RegisterCompany':
      return [command.eventId];
    case 'RecordDisclosures':
      return command.disclosures.map((d) => d.disclosureId);
    case 'CorrectDisclosure':
      return [command.correctionId];
    case 'RetractDisclosure':
      return [command.retractionId];
  }
}

/**
 * Every disclosure id the decision on a command looks at (lowercase): its own ids, to tell a retry by
 * fingerprint, and the target of a correction or retraction. A state holding only these (a lean
 * state) decides exactly as the whole fold of the stream does.
 */
export function namedIds(command: CompanyCommand): string[] {
  const own = command.type === 'RegisterCompany' ? [] : commandEventIds(command);
  const target = command.type === 'CorrectDisclosure' || command.type === 'RetractDisclosure' ? [command.targetId] : [];
  return [...new Set([...own, ...target].map((id) => id.toLowerCase()))];
}

/** The state restricted to the disclosures a command names: what a decision index hands the decider. */
export function leanState(state: CompanyState, ids: readonly string[]): CompanyState {
  const disclosures = new Map(
    ids.flatMap((id) => {
      const recorded = state.disclosures.get(id);
      return recorded ? [[id, recorded] as const] : [];
    }),
  );
  return { ...state, disclosures };
}
