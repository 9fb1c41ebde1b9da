/**
 * Sentences that rest on unnamed sources or press reports rather than on the company ("selon des
 * sources proches du dossier", "people familiar with the matter said", "d'après plusieurs médias"):
 * hedged as a whole, whatever clause the attribution sits in.
 */
const UNNAMED_SOURCE =
  /\b(?:selon (?:des|plusieurs|certaines|nos) (?:sources|informations|medias)|selon (?:la presse|des medias)|d'apres (?:des|plusieurs|certaines|nos) (?:sources|informations|medias)|de sources? (?:proches?|syndicales?|concordantes?|bien informees?)|sources? (?:proches?|familiar|close) (?:du dossier|de l'enquete|with|to)|(?:people|persons|sources|someone) (?:familiar|briefed|with knowledge)|according to (?:people|persons|sources|press reports|media reports|reports)|reportedly|rumou?rs?|rumeurs?)\b/;

export function isRumour(foldedSentence: string): boolean {
  return UNNAMED_SOURCE.test(foldedSentence);
}
