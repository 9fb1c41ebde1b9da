import { SentenceView } from '../article';

/** An examination and what it is to look at: "investigators to examine …", "a review looking into …", "une enquête visant à examiner …". */
const EXAMINATION =
  /\b(?:investigators?|investigations?|inquir(?:y|ies)|probes?|reviews?|enquetes?|enqueteurs?|controles?|examens?|missions?)\b[^.;]{0,60}?\b(?:to (?:examine|investigate|look into|review|assess|scrutini[sz]e)|examining|investigating|looking into|reviewing|(?:pour|afin d'|visant a|chargee?s? d') ?(?:examiner|analyser|enqueter sur|evaluer|controler))\b/;

/**
 * An incident named as what a probe is to examine ("the appointment of investigators to examine its handling of
 * complaints arising from the outage") is the probe's scope, not an effect the sentence reports.
 */
export function isScopeOfExamination(sentence: SentenceView, index: number): boolean {
  return EXAMINATION.test(sentence.folded.slice(0, index));
}
