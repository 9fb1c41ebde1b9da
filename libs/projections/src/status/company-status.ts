import type { CompanyIdentifiers, ProbeStage } from '@ledger/disclosures';

export const INCIDENT_STATES = ['none', 'breach-open', 'systems-offline', 'restored-degraded', 'restored'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** Incident states in which the incident is still open. */
export const OPEN_INCIDENT_STATES: readonly IncidentState[] = ['breach-open', 'systems-offline', 'restored-degraded'];

export interface RegulatorNotice {
  regulator: string;
  at: string;
}

/** When each step of the latest incident happened (business time, as disclosed). */
export interface IncidentMilestones {
  announced?: string;
  offline?: string;
  advisersEngaged?: string;
  regulatorsNotified: RegulatorNotice[];
  restored?: string;
}

export interface IncidentStatus {
  state: IncidentState;
  /** The latest incident's milestones; empty when there has been none. */
  milestones: IncidentMilestones;
  externalAccess?: boolean;
  dataAtRisk?: boolean;
}

export interface ProbeStatus {
  regulator: string;
  probeId?: string;
  scope?: string;
  stage: ProbeStage;
  status: 'open' | 'closed';
  /** When it was opened. */
  since: string;
  updatedAt: string;
  outcome?: string;
  /** The disclosure that opened it: the probe's identity in the read model. */
  openedBy: string;
}

export interface SharePrice {
  price?: number;
  currency?: string;
  changePct?: number;
  direction: 'up' | 'down';
  venue?: string;
  at: string;
}

/** What the ledger knows of a company at a point of its stream. */
export interface CompanyStatus {
  companyId: string;
  registered: boolean;
  name: string | null;
  aliases: string[];
  identifiers: CompanyIdentifiers;
  country?: string;
  incident: IncidentStatus;
  probes: ProbeStatus[];
  sharePrice: SharePrice | null;
  /** Disclosures in force (not retracted) by type. */
  counts: Record<string, number>;
  firstDisclosureAt: string | null;
  lastDisclosureAt: string | null;
  /** Stream revision of the last event folded in; -1 before any. */
  revision: number;
}

export function emptyCompanyStatus(companyId: string): CompanyStatus {
  return {
    companyId,
    registered: false,
    name: null,
    aliases: [],
    identifiers: {},
    incident: { state: 'none', milestones: { regulatorsNotified: [] } },
    probes: [],
    sharePrice: null,
    counts: {},
    firstDisclosureAt: null,
    lastDisclosureAt: null,
    revision: -1,
  };
}

/** The status with only what registration says: the starting point of a re-fold of the disclosures. */
export function registrationPart(status: CompanyStatus): CompanyStatus {
  return {
    ...emptyCompanyStatus(status.companyId),
    registered: status.registered,
    name: status.name,
    aliases: status.aliases,
    identifiers: status.identifiers,
    ...(status.country ? { country: status.country } : {}),
  };
}
