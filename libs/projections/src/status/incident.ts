import { IncidentStatus } from './company-status';
import { StatusInput } from './status-input';

function isClosed(incident: IncidentStatus): boolean {
  return incident.state === 'none' || incident.state === 'restored';
}

/** A step of an incident continues the open one, or opens a new one after a full restoration. */
function current(incident: IncidentStatus): IncidentStatus {
  return isClosed(incident) ? { state: 'breach-open', milestones: { regulatorsNotified: [] } } : incident;
}

/** The incident after one disclosure; the same object when the disclosure is not about the incident. */
export function nextIncident(incident: IncidentStatus, input: StatusInput): IncidentStatus {
  const facts = input.facts;
  switch (input.type) {
    case 'BreachAnnounced': {
      const open = current(incident);
      const next: IncidentStatus = { ...open, milestones: { ...open.milestones, announced: open.milestones.announced ?? input.at } };
      if (typeof facts.externalAccess === 'boolean') next.externalAccess = facts.externalAccess;
      if (typeof facts.dataAtRisk === 'boolean') next.dataAtRisk = facts.dataAtRisk;
      return next;
    }
    case 'SystemsTakenOffline': {
      const open = current(incident);
      return { ...open, state: 'systems-offline', milestones: { ...open.milestones, offline: input.at } };
    }
    case 'ExternalAdvisersEngaged': {
      const open = current(incident);
      return { ...open, milestones: { ...open.milestones, advisersEngaged: open.milestones.advisersEngaged ?? input.at } };
    }
    case 'RegulatorNotified': {
      const open = current(incident);
      const notice = { regulator: String(facts.regulator), at: input.at };
      return { ...open, milestones: { ...open.milestones, regulatorsNotified: [...open.milestones.regulatorsNotified, notice] } };
    }
    case 'SystemsRestored': {
      const open = current(incident);
      return { ...open, state: facts.partial === true ? 'restored-degraded' : 'restored', milestones: { ...open.milestones, restored: input.at } };
    }
    default:
      return incident;
  }
}
