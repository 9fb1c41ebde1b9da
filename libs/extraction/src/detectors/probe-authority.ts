import { ArticleView, SentenceView } from '../article';
import { findRegulators, RegulatorMention } from '../regulators/find-regulators';
import { Trigger } from './triggers';

/** How far a regulator may stand from the probe word and still be the one probing, in characters. */
const REGULATOR_REACH = 120;

/** An authority named by what it is: "the regulator", "the watchdog", "le régulateur", "le gendarme". */
const AUTHORITY_NOUN =
  /\b(?:the (?:(?:competition|data|markets?|financial|energy|privacy) )?(?:regulator|watchdog|supervisor)|(?:le|du|au) (?:regulateur|gendarme|superviseur)(?! (?:de|des|du|d')\b)|^(?:[\w-]+, )?(?:sa|son) (?:presidente?|college))\b/g;
/**
 * The authority's own act right after it: a probe opened with an indefinite article ("opened an investigation", "a ouvert une
 * enquête"), also as reported ("the watchdog said on Friday it had opened an inquiry"), or a sanction; "opened its phase 2
 * review in April" recalls a probe, "the regulator stressed that…" reports a view.
 */
const OWN_ACT_AFTER =
  /^\s(?:(?:said|says|announced|confirmed|a (?:indique|annonce|confirme)|indique|annonce|confirme)\s(?:[\w-]+\s){0,2}?(?:that\s)?(?:it|qu'il|qu'elle|avoir)\s)?(?:(?:has|had|have|a|avait|also|aussi|egalement|then|ensuite)\s){0,2}(?:(?:opened|launched|started|begun|began|initiated|ouvert|ouvre|lance|engage)\s(?:a|an|une|un)\b|(?:fined|imposed|issued|inflige|prononce|adresse|notifie)\b)/;
/** How many sentences back the authority named by what it is may have been named. */
const AUTHORITY_LOOKBACK = 3;

/** "On Friday the regulator opened an investigation": the authority the article named last, in the sentences just before. */
export function authorityNamedBefore(sentence: SentenceView, article: ArticleView, probes: Trigger[]): RegulatorMention[] {
  const noun = [...sentence.folded.matchAll(AUTHORITY_NOUN)]
    .map((match) => ({ index: match.index ?? 0, end: (match.index ?? 0) + match[0].length }))
    .find((mention) => nearProbe({ ...mention, regulator: '', generic: false }, probes) && OWN_ACT_AFTER.test(sentence.folded.slice(mention.end)));
  if (!noun) return [];
  const at = article.sentences.indexOf(sentence);
  for (const earlier of article.sentences.slice(Math.max(0, at - AUTHORITY_LOOKBACK), at).reverse()) {
    const last = uniqueNamed(findRegulators(earlier.folded, earlier.raw)).at(-1);
    if (last) return [{ ...noun, regulator: last.regulator, generic: false }];
  }
  return [];
}

/** Whether the authority stands within reach of one of the probe words. */
export function nearProbe(mention: RegulatorMention, probes: Trigger[]): boolean {
  return probes.some((probe) => Math.min(Math.abs(mention.index - probe.end), Math.abs(probe.index - mention.end)) <= REGULATOR_REACH);
}

/** The probe word nearest the authority: the one it runs. */
export function nearestProbe(mention: RegulatorMention, probes: Trigger[]): Trigger {
  const distance = (probe: Trigger) => Math.min(Math.abs(mention.index - probe.end), Math.abs(probe.index - mention.end));
  return probes.reduce((best, probe) => (distance(probe) < distance(best) ? probe : best));
}

/** Each authority once, by name; generic mentions left out. */
export function uniqueNamed(mentions: RegulatorMention[]): RegulatorMention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => !mention.generic && !seen.has(mention.regulator) && seen.add(mention.regulator));
}
