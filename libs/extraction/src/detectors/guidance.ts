import { SentenceView } from '../article';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { GuidanceFigures, guidanceFiguresOf } from './guidance-figures';
import { dateOfTrigger, phraseAt, sentenceBlocked, Trigger, triggersFor } from './triggers';

const DOWN =
  /\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|trimmed|downgraded|withdrew|withdrawn|withdraws|suspended|scrapped|slashed|pulled|warned|pared|scaled back|reined in|downgrades|below|short of|down from|lower than|abaisse\w*|reduit\w*|revu\w* a la baisse|revoit a la baisse|revise\w* a la baisse|retire\w*|suspendu\w*|coupe\w*|rabote\w*|ramene\w*|degrade\w*|tempere\w*|en dessous|en deca|inferieure?s? (?:a|aux?))\b/;
const UP =
  /\b(?:raised|raises|raising|increased|lifted|upgraded|upgrades|boosted|hiked|improved|nudged up|above|up from|higher than|au-dessus|superieure?s? (?:a|aux?)|releve\w*|rehausse\w*|revu\w* a la hausse|revise\w* a la hausse|ameliore\w*|augmente\w*)\b/;
const METRIC =
  /\b(?:(?:adjusted |underlying )?(?:operating |pre-tax |pretax |net |core )?(?:profit|earnings|income)|revenue|sales|turnover|ebitda|ebit|(?:operating )?margin|cash flow|eps|chiffre d'affaires|ventes|resultat (?:operationnel|net|d'exploitation|courant)|benefice|marge (?:operationnelle|brute|d'exploitation|ebitda)?|croissance organique|excedent brut d'exploitation)\b/;

/** A change the company makes to its own financial outlook (never an analyst's target). */
export const detectGuidance: Detector = (sentence, article) => {
  if (sentenceBlocked('GuidanceChanged', sentence) || /\bobjectif de cours\b/.test(sentence.folded)) return [];
  for (const trigger of triggersFor('GuidanceChanged', 'guidance', sentence, article.language)) {
    const aboutCost = /\b(?:costs?|cout|impact)\b/.test(sentence.folded.slice(trigger.index, trigger.end));
    const figures = guidanceFiguresOf(sentence, article, aboutCost);
    const direction = directionNear(sentence, trigger) ?? directionOfFigures(figures);
    if (!direction) continue;
    const metric = METRIC.exec(sentence.folded.slice(trigger.clause.start, trigger.clause.end));
    const facts = {
      summary: summaryOf(sentence.raw),
      metric: metric ? phraseAt(sentence, trigger.clause.start + metric.index, trigger.clause.start + metric.index + metric[0].length) : undefined,
      direction,
      ...figures,
    };
    return [candidateOf('GuidanceChanged', sentence, facts, dateOfTrigger(sentence, trigger), 0.75, direction)];
  }
  return [];
};

/** Without a change verb, the figures tell the direction: "£20m-£25m, against about £31m". */
function directionOfFigures({ previous, current }: GuidanceFigures): 'up' | 'down' | undefined {
  if (!previous || !current || previous.currency !== current.currency || previous.unit !== current.unit) return undefined;
  if (current.high < previous.low) return 'down';
  if (current.low > previous.high) return 'up';
  return undefined;
}

/** The direction of a change verb near the guidance word, in its clause. */
function directionNear(sentence: SentenceView, trigger: Trigger): 'up' | 'down' | undefined {
  if (/^profit warning|^avertissement/.test(sentence.folded.slice(trigger.index))) return 'down';
  const window = sentence.folded.slice(Math.max(trigger.clause.start, trigger.index - 70), Math.min(trigger.clause.end, trigger.end + 40));
  if (DOWN.test(window)) return 'down';
  if (UP.test(window)) return 'up';
  return undefined;
}
