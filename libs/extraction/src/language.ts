import { foldText } from './text/fold';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

const FRENCH =
  /\b(?:le|la|les|de|des|du|un|une|et|en|il|elle|ont|par|pas|est|sont|dans|pour|qui|que|avec|sur|au|aux|ses|ete|avoir|societe|groupe|selon|apres|egalement)\b/g;
const ENGLISH = /\b(?:the|and|of|to|is|was|were|has|have|for|with|its|that|said|shares|which|from|by|after|this)\b/g;

/**
 * Signs of French that short sentences carry when they have few of its common words: accented words
 * ("cède", "à"), elided articles ("l'action", "s'envole") and a space before a percent sign ("2,5 %").
 */
const FRENCH_SIGNS = /[\p{L}]*[éèêàçùâîôû][\p{L}]*|\b[ldsnj][’']\p{L}|\d\s%/giu;

/** French or English, by counting each language's most frequent words and French signs. English on a tie. */
export function detectLanguage(text: string): Language {
  const head = text.slice(0, 20_000);
  const sample = foldText(head);
  const french = (sample.match(FRENCH)?.length ?? 0) + (head.match(FRENCH_SIGNS)?.length ?? 0);
  const english = sample.match(ENGLISH)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}
