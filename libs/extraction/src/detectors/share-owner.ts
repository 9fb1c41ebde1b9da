import { foldText } from '../text/fold';

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'-]*(?:\s(?:\p{Lu}[\p{L}\p{N}&'-]*|&))*`;
/** A company named as the owner of the shares: "Lindqvist shares", "shares in X", "l'action X", "le titre de X", "X, whose shares". */
const OWNED_SHARES = [
  new RegExp(String.raw`(${NAME})(?:'s|’s)?\s(?:shares|stock|share price)\b`, 'gu'),
  new RegExp(String.raw`\b(?:[Ss]hares|[Ss]tock)\s(?:in|of)\s(${NAME})`, 'gu'),
  new RegExp(String.raw`\b(?:[Ll]['’]action|[Ll]e titre|[Ll]es titres|[Ll]es actions)\s(?:(?:de|du|d['’])\s?)?(${NAME})`, 'gu'),
  // a company and its shares in a relative clause: "owned by the utility X, whose shares closed lower", "X, dont le titre a reculé"
  new RegExp(String.raw`(${NAME}),?\s(?:whose\s(?:shares|stock|share price)|dont\s(?:les actions|l['’]action|le titre|les titres))\b`, 'gu'),
];
/** Capitalised words that open a clause or name a market rather than a company. */
const NOT_OWNERS =
  /^(?:its|their|the|his|her|our|ses|son|sa|leurs?|le|la|les|group|groupe|company|shares?|stock|bourse|london|paris|new|wall|ftse|cac|sbf|dow|nasdaq|nyse|lse|euronext|at|on|in|en)$/;

/**
 * True when the clause quotes the shares of a company other than the article's subject (whose name
 * words are given): a rival's or a peer's move reported alongside.
 */
export function namesOtherCompany(rawClause: string, subjectWords: Set<string>): boolean {
  if (subjectWords.size === 0) return false;
  for (const pattern of OWNED_SHARES) {
    for (const match of rawClause.matchAll(pattern)) {
      const words = foldText(match[1])
        .split(/[^a-z0-9&]+/)
        .filter((word) => word.length >= 2 && !/^\d+$/.test(word) && !NOT_OWNERS.test(word));
      if (words.length > 0 && !words.some((word) => subjectWords.has(word))) return true;
    }
  }
  return false;
}
