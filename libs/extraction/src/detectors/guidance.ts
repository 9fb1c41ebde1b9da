import { ArticleView, SentenceView } from '../article';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { GuidanceFigures, guidanceFiguresOf } from './guidance-figures';
import { clauseText, dateOfTrigger, phraseAt, sentenceBlocked, Trigger, triggersFor } from './triggers';
import { blockerPattern } from '../rules/engine';

const PAST = blockerPattern('past');
/**
 * The earlier outlook a change is measured against is not a change made before: "lower than previously
 * forecast", "que prévu initialement", "compared with $2.40 to $2.50 previously".
 */
const COMPARED_WITH_EARLIER =
  /\b(?:than|from|against|que|qu'|a ce qui (?:etait|avait ete)) ?(?:[\w-]+ ){0,2}?(?:previously|earlier|initially|originally|precedemment|auparavant|initialement)\b|(?:\d[\w.,%]*|%|euros?|dollars?|pence) (?:previously|earlier|initially|precedemment|auparavant|initialement)\b/g;

const DOWN =
  /\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|trimmed|downgraded|withdrew|withdrawn|withdraws|suspended|scrapped|slashed|pulled|warned|pared|scaled back|reined in|downgrades|below|short of|down from|lower than|abaisse\w*|reduit\w*|revu\w* a la baisse|revoit a la baisse|revise\w* a la baisse|retire\w*|suspendu\w*|suspend|suspendent|coupe\w*|(?:lower|bottom) end of|bas de (?:la |sa |leur )?fourchette|rabote\w*|ramene\w*|degrade\w*|tempere\w*|en dessous|en deca|inferieure?s? (?:a|aux?))\b/;
const UP =
  /\b(?:raised|raises|raising|increased|lifted|upgraded|upgrades|boosted|hiked|improved|nudged up|above|up from|higher than|(?:upper|top) end of|haut de (?:la |sa |leur )?fourchette|(?:more than |nearly |almost )?(?:double[ds]?|doubling|treble[ds]?|triple[ds]?)|(?:plus que |pres du |plus du )?(?:double|triple)(?:e|es|r)?|au-dessus|superieure?s? (?:a|aux?)|releve\w*|rehausse\w*|revu\w* a la hausse|revise\w* a la hausse|ameliore\w*|augmente\w*)\b/;
const METRIC =
  /\b(?:(?:adjusted |underlying )?(?:operating |pre-tax |pretax |net |core )?(?:profit|earnings|income)|revenue|sales|turnover|ebitda|ebit|(?:operating )?margin|cash flow|eps|chiffre d'affaires|ventes|resultat (?:operationnel|net|d'exploitation|courant)|benefice|marge (?:operationnelle|brute|d'exploitation|ebitda)?|croissance organique|excedent brut d'exploitation|combined ratio|ratio combine|capital expenditure|capital spending|capex|depenses d'investissement|investissements)\b/;
/** The nouns of an outlook, as opposed to verbs of expecting. */
const OUTLOOK_NOUN =
  /\b(?:guidance|outlook|forecasts?|targets?|ambitions|expectations|estimates?|warning|previsions?|objectifs?|perspectives|avertissement|estimations?)\b/;
/** A measure forecast to shrink or grow, when no verb changes the outlook itself. */
const DECLINE =
  /\b(?:en (?:recul|baisse|repli|diminution)|(?:une |un )(?:baisse|recul|repli|diminution)|to (?:fall|decline|drop|shrink|contract|decrease)|(?:fall|decline|drop|decrease)s? (?:of|by))\b/;
const GROWTH =
  /\b(?:en (?:hausse|progression|croissance)|(?:une |un )(?:hausse|progression)|to (?:rise|grow|increase|climb)|(?:rise|growth|increase)s? (?:of|by))\b/;
/** Kinds of measure: changes to two kinds in one article are two disclosures ("revenue cut, margin cut"). */
const METRIC_KINDS: [RegExp, string][] = [
  [/\b(?:profit|earnings|income|eps|ebitda|ebit|benefice|resultat|excedent)\b/, 'profit'],
  [/\b(?:revenue|sales|turnover|chiffre d'affaires|ventes|croissance)\b/, 'revenue'],
  [/\b(?:margin|marge)\b/, 'margin'],
  [/\b(?:cash flow)\b/, 'cash'],
  [/\b(?:ratio)\b/, 'ratio'],
  [/\b(?:capital expenditure|capital spending|capex|depenses d'investissement|investissements)\b/, 'capex'],
];

/** Words that give the cause of a change, not its object: "as", "because of", "en raison de". */
const CAUSE = /\b(?:as|amid|because|due to|after|following|on|car|en raison|a cause|face a|sous l'effet|avec)\b/;

interface Change {
  trigger: Trigger;
  direction: 'up' | 'down';
  figures: GuidanceFigures;
  metric?: RegExpExecArray;
  /** The kind of measure changed: profit, revenue, margin, cost... */
  kind?: string;
}

/** A change the company makes to its own financial outlook (never an analyst's target). */
export const detectGuidance: Detector = (sentence, article) => {
  const change = changeIn(sentence, article);
  if (!change) return [];
  const { trigger, direction, figures, metric, kind } = change;
  const facts = {
    summary: summaryOf(sentence.raw),
    metric: metric ? phraseAt(sentence, trigger.clause.start + metric.index, trigger.clause.start + metric.index + metric[0].length) : undefined,
    direction,
    ...figures,
  };
  // changes to two kinds of measure in one article ("revenue cut, margin cut") are two disclosures; a change
  // naming no measure ("a abaissé ses objectifs annuels") is the first one the article details
  const kinds = kindsChanged(article);
  const key = kinds.size > 1 ? `${direction}:${kind ?? [...kinds][0]}` : direction;
  return [candidateOf('GuidanceChanged', sentence, facts, dateOfTrigger(sentence, trigger), 0.75, key)];
};

function changeIn(sentence: SentenceView, article: ArticleView): Change | undefined {
  if (sentenceBlocked('GuidanceChanged', sentence) || /\bobjectif de cours\b/.test(sentence.folded)) return undefined;
  for (const trigger of triggersFor('GuidanceChanged', 'guidance', sentence, article.language)) {
    // a change made before the news is background: "which cut its guidance last month", "le mois dernier"
    if (PAST.test(clauseText(sentence, trigger.clause).replace(COMPARED_WITH_EARLIER, ' '))) continue;
    // "cost estimate", or a verb of the outlook followed by a cost: "now expects the incident to cost £6m-£8m"
    // (a cause given after the outlook, "cuts profit forecast as build costs bite", is not what it estimates)
    const afterTrigger = sentence.folded.slice(trigger.index, Math.min(trigger.clause.end, trigger.end + 30)).split(CAUSE)[0];
    // an estimate revised, the figure before it ("put costs at £7m-£9m, up from the £3m-£4m estimate") is about cost too
    const revisedEstimate = /^(?:up|down|higher|lower|contre|au lieu)\b/.test(sentence.folded.slice(trigger.index, trigger.end));
    const aboutCost = /\b(?:costs?|couts?|impact)\b/.test(revisedEstimate ? sentence.folded.slice(0, trigger.end) : afterTrigger);
    const figures = guidanceFiguresOf(sentence, article, aboutCost);
    const direction = directionNear(sentence, trigger) ?? directionOfFigures(figures) ?? directionOfTrend(sentence, trigger);
    if (!direction) continue;
    const metric = METRIC.exec(sentence.folded.slice(trigger.clause.start, trigger.clause.end)) ?? undefined;
    // a verb of expecting ("now expects", "devrait s'établir") is guidance only about a measure or a figure
    if (!OUTLOOK_NOUN.test(sentence.folded.slice(trigger.index, trigger.end)) && !metric && !figures.current && !aboutCost) continue;
    const kind = aboutCost ? 'cost' : METRIC_KINDS.find(([pattern]) => metric && pattern.test(metric[0]))?.[1];
    return { trigger, direction, figures, metric, kind };
  }
  return undefined;
}

const kindsByArticle = new WeakMap<ArticleView, Set<string>>();

/** The kinds of measure whose outlook the article changes. */
function kindsChanged(article: ArticleView): Set<string> {
  let kinds = kindsByArticle.get(article);
  if (!kinds) {
    kinds = new Set(article.sentences.flatMap((sentence) => changeIn(sentence, article)?.kind ?? []));
    kindsByArticle.set(article, kinds);
  }
  return kinds;
}

/** Without a change verb, the figures tell the direction: "£20m-£25m, against about £31m". */
function directionOfFigures({ previous, current }: GuidanceFigures): 'up' | 'down' | undefined {
  if (!previous || !current || previous.currency !== current.currency || previous.unit !== current.unit) return undefined;
  if (current.high < previous.low) return 'down';
  if (current.low > previous.high) return 'up';
  return undefined;
}

/**
 * An outlook stated only as a decline or a growth, when neither a change verb nor the figures compared give the
 * direction: "un chiffre d'affaires en recul de 5 %", "revenue to fall by about 5%".
 */
function directionOfTrend(sentence: SentenceView, trigger: Trigger): 'up' | 'down' | undefined {
  const window = sentence.folded.slice(Math.max(trigger.clause.start, trigger.index - 70), Math.min(trigger.clause.end, trigger.end + 40));
  if (DECLINE.test(window)) return 'down';
  if (GROWTH.test(window)) return 'up';
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
