import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { phraseAt, statedTriggers } from './triggers';
import { triggerPattern } from '../rules/engine';

const ADVISER =
  /\b(?:experts?|specialists?|specialistes?|consultants?|advis[eo]rs?|conseils?|forensic|investigators?|cabinets?|prestataires?|firms?|societes? specialisees?|entreprises? specialisees?|responders?|incident response)\b/;
/** Firms commonly engaged after an incident; a name alone ("hired Mandiant") says it is an adviser. */
const KNOWN_FIRMS =
  /\b(?:mandiant|kroll|crowdstrike|deloitte|pwc|kpmg|ey|accenture|palo alto networks|unit 42|sygnia|fti consulting|orange cyberdefense|thales|wavestone|capgemini|sekoia|microsoft|google cloud|ibm|secureworks|nccgroup|ncc group|arctic wolf|rapid7|check point)\b/;
const NOT_ADVISERS = /^\s*(?:the |les |la |l'|le )?(?:authorities|autorites|police|regulators?|law enforcement|gendarmerie|forces de l'ordre)/;
const PHRASE_END = /\s(?:to|in order|pour|afin|that|which|who|qui|que|and (?:had|has|have|was|is)|et (?:a|ont|avait)|n'|ne)\b|[,;.:]|$/;

/** Outside experts engaged by the company: one per article, naming them as written. */
export const detectAdvisers: Detector = (sentence, article) => {
  if (sentence.background || sentence.analyst) return [];
  for (const trigger of statedTriggers(sentence, triggerPattern('engaged', article.language))) {
    const after = sentence.folded.slice(trigger.end, Math.min(trigger.clause.end, trigger.end + 120));
    if (NOT_ADVISERS.test(after)) continue;
    const namesFirm = KNOWN_FIRMS.test(after.slice(0, 40));
    const adviser = ADVISER.exec(after);
    if (!namesFirm && (!adviser || adviser.index > 60)) continue;
    const end = PHRASE_END.exec(after.slice(1));
    const advisers = phraseAt(sentence, trigger.end, trigger.end + 1 + (end ? end.index : after.length - 1));
    return [candidateOf('ExternalAdvisersEngaged', sentence, { advisers, summary: summaryOf(sentence.raw) }, null, namesFirm || adviser ? 0.85 : 0.7)];
  }
  return [];
};
