import { GuidanceFigure } from '@ledger/disclosures';
import { ArticleView, SentenceView } from '../article';
import { Language } from '../language';
import { Figure, findFigures } from '../numbers/figures';
import { clauseAt } from '../text/clauses';
import { phraseAt } from './triggers';

/** Words before a figure that make it the guidance replaced: "down from £55m", "contre 65 millions", "more than double the £9m". */
const PREVIOUS_BEFORE =
  /\b(?:from|compared (?:with|to)|versus|vs|against|instead of|rather than|(?:more than |nearly |almost |about )?(?:double|treble|triple|half)|(?:plus du |pres du )?(?:double|triple|moitie) d(?:e|es|u)|previous (?:guidance|forecasts?|estimates?|targets?|outlook)(?: of)?|contre|au lieu d(?:e|es|u)|par rapport a|(?:visai(?:t|ent)|tablai(?:t|ent) sur|prevoyai(?:t|ent)|ciblai(?:t|ent)|avai(?:t|ent) (?:vise|table sur|prevu|annonce))|had (?:guided|expected|forecast|pencilled|targeted|predicted|estimated)(?: in)?(?: to| at| for| of)?)\s(?:[\w'-]+\s){0,4}$/;
const VERB_BETWEEN = /\b(?:would|will|cost|costs|be|is|are|was|were|now)\b/;
/** Words after a figure that date it before the change: "£31m previously", "65 millions annoncés en juillet". */
const PREVIOUS_AFTER =
  /^\s?(?:[\w'-]+\s){0,3}?(?:previously|earlier|initially|auparavant|precedemment|initialement|anterieurement|annonces? en|prevus? en|jusqu'(?:ici|a present|alors))\b/;
/** A sentence about the guidance given before: its figure is the previous one. */
const PAST_GUIDANCE =
  /\b(?:had (?:guided|expected|forecast|pencilled|targeted|predicted|estimated)|previously (?:guided|expected|forecast)|previous (?:guidance|forecast|estimate)|prevoyait|tablait|visait|avait (?:prevu|annonce|table|vise|estime|anticipe))\b/;
/** Words that state the outlook now given. */
const NEW_GUIDANCE = /\b(?:now|desormais|dorenavant|expects?|sees|forecasts?|guides?|vise|table sur|prevoit|anticipe|attendue?s?)\b/;
/** Words of what an incident costs, rather than of the outlook. */
const COST = /\b(?:costs?|cout\w*|hit|impact|deferrals?|lost|pertes?|manque a gagner)\b/;
/** How many sentences after the change may still give its figures. */
const FOLLOWING = 4;
/** A clause opening on a participle of estimation, in apposition to the noun before it. */
const APPOSITION = /^\s*(?:estime|evalue|chiffre|value|estimated|put|valued|seen)\w*\s/;
/** Clauses about the market or the share price: their figures are not guidance. */
const MARKET = /\b(?:(?<!\bper )shares?|stock|share price|titres?|(?<!\bpar )actions?|cours|bourse)\b/;

export interface GuidanceFigures {
  previous?: GuidanceFigure;
  current?: GuidanceFigure;
}

/**
 * The previous and current guidance of a sentence that changes it. Articles often give the figures a
 * few sentences later ("X now expects profit of £20m-£25m", "il tablait sur 65 millions"): a following
 * sentence counts when it states the outlook now or recalls the one before.
 */
export function guidanceFiguresOf(sentence: SentenceView, article: ArticleView, aboutCost: boolean): GuidanceFigures {
  const at = article.sentences.indexOf(sentence);
  const following = article.sentences.slice(at + 1, at + 1 + FOLLOWING).filter((next) => !next.analyst && !next.background);
  const found: GuidanceFigures = {};
  for (const source of [sentence, ...following]) {
    const stated = source === sentence || NEW_GUIDANCE.test(source.folded);
    const recalled = PAST_GUIDANCE.test(source.folded);
    if (!stated && !recalled) continue;
    const figures = readFigures(source, article.language, aboutCost, recalled && !stated);
    if (stated) found.current ??= figures.current;
    found.previous ??= figures.previous;
    if (found.current && found.previous) break;
  }
  return found;
}

function readFigures(sentence: SentenceView, language: Language, aboutCost: boolean, past: boolean): GuidanceFigures {
  const found: GuidanceFigures = {};
  for (const figure of guidanceFiguresIn(sentence, language, aboutCost)) {
    const before = PREVIOUS_BEFORE.exec(sentence.folded.slice(0, figure.index));
    // "from" reaches a few words, not across a verb: "claims from the storm would cost £85m" is the new figure
    const previous = past || (before !== null && !VERB_BETWEEN.test(before[0])) || PREVIOUS_AFTER.test(sentence.folded.slice(figure.end));
    const slot = previous ? 'previous' : 'current';
    found[slot] ??= factOf(sentence, figure);
  }
  return found;
}

/** Figures of the outlook: not the share price, and not what the incident costs unless the guidance is a cost estimate. */
function guidanceFiguresIn(sentence: SentenceView, language: Language, aboutCost: boolean): Figure[] {
  return findFigures(sentence.folded, language).filter((figure) => {
    const clause = clauseAt(sentence.clauses, figure.index);
    // a figure in apposition describes the noun before its clause: "des coûts de remédiation, estimés entre 4 et 5 millions"
    const from = APPOSITION.test(sentence.folded.slice(clause.start, figure.index))
      ? Math.max(0, clause.start - 40)
      : Math.max(clause.start, figure.index - 40);
    const before = sentence.folded.slice(from, figure.index);
    return !MARKET.test(sentence.folded.slice(clause.start, clause.end)) && (aboutCost || !COST.test(before));
  });
}

function factOf(sentence: SentenceView, figure: Figure): GuidanceFigure {
  const text = phraseAt(sentence, figure.index, figure.end) ?? sentence.raw.slice(figure.index, figure.end);
  return { text, low: figure.low, high: figure.high, ...(figure.currency ? { currency: figure.currency } : { unit: figure.unit }) };
}
