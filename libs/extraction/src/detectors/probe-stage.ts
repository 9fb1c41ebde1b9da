import { PROBE_STAGES, ProbeStage } from '@ledger/disclosures';

const PROVISIONAL = /\b(?:provisional\w*|provisoire\w*|provisionally)\b/;
const REVIEW =
  /\b(?:reviews?|reviewing|preliminary|preliminaire|initial|premier examen|market study|etude de marche|controle|enquiries|assessing|examen|examin\w*)\b/;
const STAGE_ORDER: ProbeStage[] = [...PROBE_STAGES];

/** The stage a sentence gives a probe: provisional findings, a formal investigation, or a first review. */
export function stageOf(folded: string): ProbeStage {
  if (PROVISIONAL.test(folded)) return 'provisional';
  if (/\b(?:phase (?:2|two)|second phase|seconde phase|deuxieme phase)\b/.test(folded)) return 'formal';
  if (/\b(?:phase (?:1|one)|first phase|premiere phase)\b/.test(folded)) return 'review';
  if (REVIEW.test(folded) && !/\b(?:formal\w*|formelle?s?|officielle?s?|approfondie?s?|in-depth)\b/.test(folded)) return 'review';
  return 'formal';
}

/** The later of two stages: a probe reported at several stages is at the furthest one. */
export function laterStage(a: ProbeStage, b: ProbeStage): ProbeStage {
  return STAGE_ORDER.indexOf(a) >= STAGE_ORDER.indexOf(b) ? a : b;
}
