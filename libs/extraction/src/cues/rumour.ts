import { blockerPattern } from '../rules/engine';

/**
 * Sentences that rest on unnamed sources or press reports rather than on the company ("selon des
 * sources proches du dossier", "people familiar with the matter said", "d'après plusieurs médias"):
 * hedged as a whole, whatever clause the attribution sits in.
 */
const UNNAMED_SOURCE = blockerPattern('rumour');

export function isRumour(foldedSentence: string): boolean {
  return UNNAMED_SOURCE.test(foldedSentence);
}
