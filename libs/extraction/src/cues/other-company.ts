import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/calendar-names';
import { foldText } from '../text/fold';

/**
 * An incident, system or share named as another company's ("la messagerie de Saint-Gobain", "a similar
 * intrusion at Brenmoor Healthcare", "the attack on Rival Foods"), in a sentence that does not name the
 * subject and does not speak of it ("its", "our", "ses", "the group") before that name: background about
 * that company, not the subject's event.
 */
const OWNED_BY_NAME =
  /\b(?:attacks?|intrusions?|breach(?:es)?|incidents?|hacks?|outages?|systems?|servers?|networks?|e-?mail|cyberattaques?|attaques?|piratages?|pannes?|messageries?|systemes?|serveurs?|reseaux?)\s(?:[\p{L}-]+\s){0,2}?(?:(?:at|of|on|against|chez|contre|de|du|visant|ciblant|targeting)\s|d['’])(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s\p{Lu}[\p{L}\p{N}&'’-]*)*)/gu;
const SUBJECT_REFERENCE = /\b(?:its|our|we|ses|son|sa|leurs?|notre|nos|the (?:group|company|firm)|le groupe|la societe|l'entreprise)\b/;
/** Capitalised words after "of" or "de" that name no company: places, days, months, markets, indices. */
const NOT_OWNERS = new RegExp(
  String.raw`^(?:${['london', 'londres', 'paris', 'new york', 'france', 'europe', 'england', 'britain', 'uk', 'us', 'usa', ...MONTH_NAMES.map(foldText), ...WEEKDAY_NAMES, 'bourse', 'ftse', 'cac', 'sbf', 'euronext', 'nasdaq', 'nyse', 'wall street'].join('|')})\b`,
);

/** The company's own sites named by their town: "la messagerie des cliniques de Pau", "the servers at its plant in Derby". */
const SITE_IN_TOWN =
  /\b(?:cliniques?|hopita(?:l|ux)|usines?|sites?|agences?|magasins?|entrepots?|depots?|ateliers?|etablissements?|succursales?|plants?|factor(?:y|ies)|stores?|branch(?:es)?|offices?|warehouses?|hubs?|clinics?|hospitals?)\s(?:(?:at|of|in|de|du|a)\s|d['’])$/;

/** A sentence that opens on a pronoun speaks of the article's subject: "It said the attack, like the one at…". */
const OPENS_ON_PRONOUN = /^\W*(?:it|il|elle)\b/;

/**
 * `otherCompanyAt`: where the sentence names companies the article found other than its subject (a
 * rival, a past victim): a sentence that names one and neither names nor refers to the subject before
 * it is about that company.
 */
export function isAboutOtherCompany(
  raw: string,
  folded: string,
  subjectWords: Set<string>,
  regulatorSpans: { index: number; end: number }[],
  otherCompanyAt: number[] = [],
): boolean {
  if (subjectWords.size === 0) return false;
  if (folded.split(/[^a-z0-9&]+/).some((word) => subjectWords.has(word))) return false;
  const firstOther = Math.min(...otherCompanyAt);
  if (otherCompanyAt.length > 0 && !OPENS_ON_PRONOUN.test(folded) && !SUBJECT_REFERENCE.test(folded.slice(0, firstOther))) return true;
  // Accents off, case kept, same length: the nouns match either spelling and the name keeps its capital.
  // A heading or live-blog entry opens on the noun ("Cyberattaque chez X", "09:40 Outage at X"): its capital is not a name's.
  const plain = raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(
      /^([^\p{L}]*(?:\d{1,2}h\d{0,2}[^\p{L}]*)?)(\p{Lu})(?=[\p{Ll}-]+\s(?:at|of|on|against|chez|contre|visant|ciblant|targeting)\s)/u,
      (_, lead: string, initial: string) => lead + initial.toLowerCase(),
    );
  if (plain.length !== raw.length) return false;
  for (const match of plain.matchAll(OWNED_BY_NAME)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    if (regulatorSpans.some((span) => start < span.end && span.index < start + match[1].length)) continue;
    // "its" before the other company's name is the subject's; after it, it may be the other company's.
    if (SUBJECT_REFERENCE.test(folded.slice(0, match.index ?? 0))) continue;
    if (SITE_IN_TOWN.test(foldText(match[0].slice(0, -match[1].length)))) continue;
    if (!NOT_OWNERS.test(foldText(match[1]))) return true;
  }
  return false;
}
