import { SentenceView } from '../article';
import { Language } from '../language';
import { triggerPattern } from '../rules/engine';

/** What a sanction is for: "fined … over a cyber attack", "fined … for failing to protect details stolen in…", "sanctionnée pour une fuite". */
const GROUNDS =
  /\b(?:over|for|after|following|follows|followed|comes after|came after|in connection with|relating to|related to|pour|apres|a la suite d|suite a|fait suite a|faisait suite a|concernant|relative? a|liee? a|(?:estimant|considerant|jugeant|au motif) qu(?:e|')|reprochant|finding that|on the grounds that)\b/;

/**
 * An incident or a theft named as what a regulator's sanction is for ("UK watchdog fines X over 2024 cyber
 * attack", "la CNIL sanctionne X pour une fuite de données") was disclosed when it happened: the sentence
 * reports the sanction, not an incident or data newly confirmed.
 */
export function isMatterOfSanction(sentence: SentenceView, index: number, language: Language): boolean {
  const pattern = triggerPattern('sanction', language);
  const before = sentence.folded.slice(0, index);
  return [...before.matchAll(pattern)].some((match) => GROUNDS.test(before.slice((match.index ?? 0) + match[0].length)));
}
