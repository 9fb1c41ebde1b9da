import { SentenceView } from '../article';
import { phraseAt } from './triggers';

/** Systems as the press names them: "ses systèmes informatiques", "its ordering and logistics systems". */
export const SYSTEMS_PHRASE =
  /(?:\b(?:un nombre limite de|a limited number of|certain(?:e?s)? de|some of|part of|plusieurs de|a number of|several|some|certain|plusieurs|all|tous)\s)?\b(?:its|ses|son|sa|leurs?|their|affected|some|several)\s(?:[\w'&-]+\s){0,4}?(?:systemes?|systems?|serveurs?|servers?|applications?|reseaux?|networks?|plate-?formes?|platforms?|sites?(?: web| internet)?|websites?|services|lignes de production|production lines|usines|plants|outils?|tools?|infrastructures?)\b(?:\s(?:informatiques?|internes?|de [a-z' ]{3,30}?(?=[,.;]|$)))?/;

/** The first systems phrase in a folded span of the sentence, as written. */
export function systemsIn(sentence: SentenceView, from: number, to: number): string | undefined {
  const match = SYSTEMS_PHRASE.exec(sentence.folded.slice(from, to));
  if (!match) return undefined;
  return phraseAt(sentence, from + match.index, from + match.index + match[0].length);
}
