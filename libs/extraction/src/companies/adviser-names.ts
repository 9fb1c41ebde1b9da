/**
 * A company named as the adviser the subject engaged ("specialists from X", "the cyber security firm X", "le
 * cabinet spécialisé X", "les experts de X") is working for the subject: its name does not make the sentence
 * about another company.
 */
const ADVISER_BEFORE_NAME =
  /\b(?:experts?|specialists?|specialistes?|consultants?|advis[eo]rs?|responders?|investigators?|enqueteurs?|firm|cabinet|prestataire|societe specialisee|entreprise specialisee|consultancy)\s(?:(?:[\w-]+)\s){0,3}?(?:(?:from|at|of|de|du|des|chez)\s|d')?$/;

/** True when the company named at `start` of the folded article stands right after an adviser's noun. */
export function isNamedAsAdviser(foldedText: string, start: number): boolean {
  return ADVISER_BEFORE_NAME.test(foldedText.slice(Math.max(0, start - 60), start));
}
