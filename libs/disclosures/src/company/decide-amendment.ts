import { isRecordableType } from '../events/catalogue';
import { CompanyEvent, DisclosureEvent } from '../events/company-event';
import { DisclosureCorrectedFacts } from '../events/facts/amendments';
import { factsClassOf } from '../events/facts-by-type';
import { err, ok, Result } from '../result';
import { prefixErrors } from '../validation/field-error';
import { undeclaredFields, validatePlain } from '../validation/validate-plain';
import { CorrectDisclosure, RetractDisclosure } from './commands';
import { companyNotRegistered, disclosureAlreadyRetracted, disclosureIdConflict, disclosureNotFound, invalidCorrection, LedgerError } from './errors';
import { applyFactsPatch, normalizedPatch } from './facts-patch';
import { newOrReplayed } from './settle-ids';
import { CompanyState, RecordedDisclosure } from './state';

export function decideCorrectDisclosure(command: CorrectDisclosure, state: CompanyState): Result<CompanyEvent[], LedgerError> {
  if (!state.registered) return err(companyNotRegistered(command.companyId));
  const target = originalDisclosure(state, command.targetId);
  const event = target ? correctionEvent(command, target) : err(disclosureNotFound(command.targetId, command.companyId));
  return amendment(state, command.correctionId, command.targetId, target, event);
}

export function decideRetractDisclosure(command: RetractDisclosure, state: CompanyState): Result<CompanyEvent[], LedgerError> {
  if (!state.registered) return err(companyNotRegistered(command.companyId));
  const target = originalDisclosure(state, command.targetId);
  const event: Result<DisclosureEvent, LedgerError> = target
    ? ok({
        type: 'DisclosureRetracted',
        data: {
          companyId: command.companyId,
          disclosureId: command.retractionId.toLowerCase(),
          source: command.source,
          facts: { disclosureId: command.targetId.toLowerCase(), reason: command.reason },
        },
      })
    : err(disclosureNotFound(command.targetId, command.companyId));
  return amendment(state, command.retractionId, command.targetId, target, event);
}

/**
 * Replay first (a retried correction of a since-retracted disclosure is still the same correction),
 * then the target's own rules.
 */
function amendment(
  state: CompanyState,
  amendmentId: string,
  targetId: string,
  target: RecordedDisclosure | undefined,
  event: Result<DisclosureEvent, LedgerError>,
): Result<CompanyEvent[], LedgerError> {
  if (state.disclosures.has(amendmentId.toLowerCase())) {
    return event.ok ? newOrReplayed(state, [event.value]) : err(disclosureIdConflict(amendmentId, 'is already recorded with other content'));
  }
  if (!event.ok) return event;
  if (target?.retracted) return err(disclosureAlreadyRetracted(targetId));
  return ok([event.value]);
}

/** Only original disclosures can be amended: not a registration, a correction or a retraction. */
function originalDisclosure(state: CompanyState, id: string): RecordedDisclosure | undefined {
  const recorded = state.disclosures.get(id.toLowerCase());
  return recorded && isRecordableType(recorded.type) ? recorded : undefined;
}

function correctionEvent(command: CorrectDisclosure, target: RecordedDisclosure): Result<DisclosureEvent, LedgerError> {
  const targetId = command.targetId.toLowerCase();
  const { facts: patch, occurredAt, reason } = command.correction;
  const facts: DisclosureCorrectedFacts = { disclosureId: targetId, reason };
  if (patch !== undefined) {
    const undeclared = undeclaredFields(factsClassOf(target.type), patch, 'facts');
    if (undeclared.length > 0) return err(invalidCorrection(targetId, undeclared));
    const merged = validatePlain(factsClassOf(target.type), applyFactsPatch(target.facts, patch));
    if (!merged.ok) return err(invalidCorrection(targetId, prefixErrors(merged.error, 'facts')));
    facts.facts = normalizedPatch(patch, merged.value as Record<string, unknown>);
  }
  if (occurredAt !== undefined) facts.occurredAt = occurredAt;
  return ok({
    type: 'DisclosureCorrected',
    data: { companyId: command.companyId, disclosureId: command.correctionId.toLowerCase(), source: command.source, facts },
  });
}
