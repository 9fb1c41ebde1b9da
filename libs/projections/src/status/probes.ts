import { PROBE_STAGES, ProbeStage } from '@ledger/disclosures';
import { ProbeStatus } from './company-status';
import { StatusInput } from './status-input';

/** The probes after one disclosure; the same array when the disclosure is not about a probe. */
export function nextProbes(probes: ProbeStatus[], input: StatusInput): ProbeStatus[] {
  if (input.type === 'RegulatoryProbeOpened') return [...probes, openedProbe(input)];
  if (input.type !== 'RegulatoryProbeUpdated') return probes;
  const index = probeToUpdate(probes, input.facts);
  if (index === -1) return [...probes, openedProbe(input)];
  const updated = updatedProbe(probes[index], input);
  return probes.map((probe, i) => (i === index ? updated : probe));
}

function openedProbe(input: StatusInput): ProbeStatus {
  const { regulator, probeId, scope, stage, outcome } = input.facts;
  const probe: ProbeStatus = {
    regulator: String(regulator),
    stage: isStage(stage) ? stage : 'review',
    status: stage === 'closed' ? 'closed' : 'open',
    since: input.at,
    updatedAt: input.at,
    openedBy: input.disclosureId,
  };
  if (typeof probeId === 'string') probe.probeId = probeId;
  if (typeof scope === 'string') probe.scope = scope;
  if (typeof outcome === 'string') probe.outcome = outcome;
  return probe;
}

/** An update names its probe by probeId; without one, it applies to the regulator's latest open probe. */
function probeToUpdate(probes: ProbeStatus[], facts: Record<string, unknown>): number {
  if (typeof facts.probeId === 'string') {
    const byId = probes.findIndex((probe) => probe.probeId === facts.probeId);
    if (byId !== -1) return byId;
  }
  for (let i = probes.length - 1; i >= 0; i--) {
    if (probes[i].regulator === facts.regulator && probes[i].status === 'open') return i;
  }
  return -1;
}

function updatedProbe(probe: ProbeStatus, input: StatusInput): ProbeStatus {
  const { stage, outcome } = input.facts;
  const next: ProbeStatus = { ...probe, updatedAt: input.at };
  if (stage === 'closed') next.status = 'closed';
  else if (isStage(stage)) next.stage = stage;
  if (typeof outcome === 'string') next.outcome = outcome;
  return next;
}

function isStage(value: unknown): value is ProbeStage {
  return (PROBE_STAGES as readonly unknown[]).includes(value);
}
