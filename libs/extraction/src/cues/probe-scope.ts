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

/** A probe and the incident it looks into: "an investigation into an incident in which…", "une enquête sur la fuite". */
const INQUIRY_INTO =
  /\b(?:investigations?|inquir(?:y|ies)|probes?|reviews?|enquetes?|controles?|procedures?)\s(?:(?:separate|formal|new|distincte?|formelle|nouvelle)\s)?(?:into|sur|concernant|visant)\s(?:(?:an?|the|its|une?|la|le|l')\s?)?(?:[\w-]+\s){0,2}?(?:incidents?|breach(?:es)?|leaks?|fuites?|intrusions?|attaques?|attacks?)\b/;

/** Data named as what a probe looks into ("has opened an investigation into an incident in which files were sent…") was not newly confirmed. */
export function isMatterOfProbe(sentence: SentenceView, index: number): boolean {
  return INQUIRY_INTO.test(sentence.folded.slice(0, index));
}
