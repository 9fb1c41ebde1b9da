import { isAnalystView } from '../cues/context';
import { SentenceView } from '../article';
import { isHedged } from '../cues/hedge';
import { isNegated } from '../cues/negation';
import { Language } from '../language';
import { findMoney, findPercentages, Money, Percentage } from '../numbers/amounts';
import { Span } from '../text/span';
import { Candidate } from './candidate';
import { namesOtherCompany } from './share-owner';
import { candidateOf, Detector } from './detector';
import { dateOfTrigger, sentenceBlocked } from './triggers';

const SHARE_NOUN: Record<Language, RegExp> = {
  en: /\b(?:(?<!\bper )shares?|stock|share price|stock price|market value|market capitali[sz]ation|market cap|stock exchange|trading|session)\b/,
  fr: /\b(?:(?<!\bpar )actions?|titres?|valeur|cours de (?:bourse|l'action)|capitalisation(?: boursiere)?|bourse|seance)\b/,
};
/** Moves of competitors' shares, often reported alongside. */
const RIVALS = /\b(?:rivals?|rivaux|concurrents?|competitors?|peers|pairs)\b/;
/** The conjunction that sets another company's move against the company's: "while rival X rose", "tandis que son concurrent X progressait". */
const CONTRAST_BEFORE =
  /,\s(?:while\s?|whereas\s?|tandis qu['e]\s?|alors qu['e]\s?)(?:\s?(?:its|his|her|their|the|a|son|sa|ses|leur|le|la|l'|un|une)\s?)*(?:(?:closest|main|larger|smaller|listed|biggest|principal|grand|plus grand)\s)?$/;
/** The same conjunction with the rival named first and described after: ", tandis que le laboratoire X, concurrent coté, …". */
const CONTRAST_NAMED_FIRST = /,\s(?:while|whereas|tandis qu['e]\s?|alors qu['e]\s?)(?:[\w'-]+,?\s){1,5}$/;
const PRICE_STATEMENT = /\b(?:trading at|changing hands at|s'echang\w* a|cotait|cote a|valait)\b/;
/**
 * A move quoted with its price: "-2,96% à 8,185 euros", "down 9.4% at 1,012p", "closed 14% lower at 187p", "lâchait 6,4 %, à 12,30 euros",
 * a day between ("a lâché 13,5 % vendredi, à 18,42 euros");
 * not a measure reaching a sum in millions ("premiums up 6% to £1.14bn"), nor a growth "à périmètre constant" with no price after it.
 */
const QUOTE =
  /(?<![\w.,])[+-]?\s?\d[\d.,]*\s?%,?\s(?:(?:lower|higher|down|up)\s)?(?:(?:on\s)?(?:lundi|mardi|mercredi|jeudi|vendredi|hier|monday|tuesday|wednesday|thursday|friday|yesterday),?\s)?(?:(?:lower|higher|down|up)\s)?(?:a|at|to)\s(?=(?:£|\$|€)?\s?\d)(?!(?:£|\$|€)?\s?\d[\d.,]*\s?(?:bn|m|k|billions?|millions?|milliards?)\b)/;
/** The price of what the company sells, not of its shares: "le prix du billet baisse de 2 euros à 10 euros". */
const GOODS_PRICE = /\b(?:prix|prices?|tarifs?|fares?|billets?|tickets?|abonnements?|subscriptions?|plans?|fees?|frais|loyers?|rents?)\b/;
/** A figure per share ("earnings per share of 40p to 42p") is a measure of profit, not a quote. */
const PER_SHARE = /\b(?:per share|par action)\b/;
/** A move in money then the price, which only a share's quote gives: "abandonne 1,18 euro à 14,62 euros", "fell 31p to 214p". */
const MONEY_QUOTE = /(?<![\w.,])\d[\d.,]*\s?(?:p|pence|euros?|cents?)\s(?:a|at|to)\s(?:£|\$|€)?\d[\d.,]*\s?(?:p|pence|euros?)\b/;
const UP =
  /\b(?:rose|rise|rises|risen|rising|gained|gains|climbed|climbs|jumped|jumps|soared|soars|surged|surges|rallied|rallies|advanced|advances|rebounded|rebounds|up(?! to\b)|higher|added|spiked|leapt|leaped|firmed|bounced|popped|s'adjug\w*|grappill\w*|engrang\w*|regagn\w*|(?:(?:re)?pren(?:d|dre|ait|aient|nent|ant)|(?:re)?pris|regained|recouped|clawed back)(?= (?:de |about |around |some )?\+?\d)|augment\w*|progress\w*|grimp\w*|bondi\w*|gagn\w*|s'envol\w*|hausse|avanc\w*|mont(?:e|ait|ent|ee|aient)|rebond\w*|s'appreci\w*|flamb\w*)\b/;
const DOWN =
  /\b(?:fell|fall|falls|falling|dropped|drops|drop|slumped|slumps|slump|tumbled|tumbles|plunged|plunges|plummeted|sank|sinks|slid|slides|declined|declines|lost|loses|loss|down|lower|shed|sheds|tanked|dived|slipped|slips|wiped|wiping|erased|erasing|drag|retreated|eased|dipped|dips|skidded|crashed|nosedived|cratered|sagged|weakened|softened|abandonn\w*|en retrait|flanch\w*|trebuch\w*|s'affaiss\w*|se tass\w*|derap\w*|fallers?|baisse\w*|recul\w*|chut\w*|tomb(?:e|ee|es|ees|ait|aient|ent|ant)|perd\w*|ced(?:e|ait|aient|ent|ant)\w*|lach\w*|flechi\w*|degringol\w*|plong\w*|s'enfonc\w*|repli\w*|decroch\w*|gliss\w*|fond(?:ait|u|ent)|deviss\w*|s'effondr\w*|lanterne rouge|sanctionn\w*)\b/;
/** The day's extreme, not its move, when the move is given too: "as much as 12%", "jusqu'à 12 %". */
const INTRADAY_BEFORE = /\b(?:as much as|up to|at one point|jusqu'a|jusqu'au|a un moment)\s(?:[-+]\s?)?$/;
/** Moves over a long period, or a past level: not the day's move. */
const LONG_PERIOD =
  /\b(?:since|depuis|this (?:year|month)|year[- ]to[- ]date|ytd|so far (?:this|in) (?:year|month)|(?:over|in|during) the (?:past|last) (?:[a-z0-9]+ )?(?:years?|twelve months|months|weeks)|(?:sur|en) (?:un|deux|trois|six|douze|\d+) (?:ans?|mois)|sur l'annee|cette annee|ce mois|au cours des? (?:[a-z0-9]+ )?derni\w+ (?:annees?|mois|semaines)|recent high|plus haut|then|record high)\b/;
/** A clause that opens on a market index: its move is the market's, not the company's. */
const INDEX_SUBJECT =
  /^\s*(?:(?:and|et|while|whereas|tandis que|alors que)\s)?(?:the |le |l'|la )?(?:(?:wider|broader|benchmark|blue-chip|broad)\s)?(?:(?:indice|index)\s)?(?:cac(?: 40| mid 60| small| next 20)?|sbf 120|ftse(?: 100| 250| 350| all-share| smallcap| aim(?: all-share)?)?|dow(?: jones)?|s&p(?: 500)?|nasdaq(?: composite| 100)|(?:euro )?stoxx(?: europe)?(?: 600| 50)?|dax|ibex(?: 35)?|nikkei(?: 225)?|msci|indice|index|marche|market)\b/;
/** Where a clause turns to the market or an index ("dans un marché en hausse de 0,3 %"). */
const MARKET_TAIL =
  /\b(?:dans un marche|in a (?:[\w-]+ )?market|(?:while|whereas|when|as) the (?:cac|ftse|index|broader|wider|market)|(?:alors que|tandis que|quand|lorsque) (?:le (?:cac|marche|sbf|stoxx)|l'indice)|the (?:ftse 100|ftse 250|dow|s&p 500|nasdaq|cac 40)(?: index)? (?:rose|fell|was|gained|lost|added|shed))/;
/** An index naming the company's kind ("the FTSE 250 firm", "le groupe du CAC 40") describes the company; its move is the company's. */
const INDEX_BEFORE =
  /(?<!\b(?:groupe|societe|entreprise|valeur|titre|membre|poids lourd|fleuron|composante)s? (?:du|de l') ?)\b(?:marche|market|index|indice|cac(?: 40)?|ftse(?: \d+)?|dow|sbf(?: 120)?|stoxx(?: \d+)?|s&p(?: 500)?)\s(?!(?:firm|company|group|business|constituent|member|stock|retailer|lender|insurer|bank|housebuilder|miner|operator|supplier|listed|-listed)\b)(?:[a-z]+\s){0,3}$/;
const EXCHANGE_TICKER = /\((?:nyse|nasdaq|lse|lon|epa|euronext|xetra|etr|tsx|asx|ams|bit|bme|six)\s?:\s?([a-z.]+)\)/g;
const VENUES: [RegExp, string][] = [
  [/\b(?:a londres|in london|london stock exchange|on the lse|bourse de londres)\b/, 'London'],
  [/\b(?:new york stock exchange|on the nyse|nyse|wall street)\b/, 'NYSE'],
  [/\bnasdaq\b/, 'Nasdaq'],
  [/\b(?:bourse de paris|euronext paris|a paris)\b/, 'Euronext Paris'],
];

interface Move {
  index: number;
  direction?: 'up' | 'down';
  changePct?: number;
  /** True when changePct was calculated from the move's amount and the new price. */
  computedPct?: boolean;
  money?: Money;
  /** The size of the move in money, when its clause gives no price: "dropped 9.5p, or 4.1 per cent, to 221.5p". */
  amount?: Money;
  /** The price the move started from: "down from 246p", "contre 26,10 euros". */
  previous?: Money;
  date: string | null;
}

/** "fell 31p to 214p", "perd 1,20 euro à 27,90 euros", "a reculé lundi de 0,38 euro": a move in money (a day may stand before it), then the new price. */
const MOVE_THEN_PRICE =
  /^\s?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|ce matin|cet apres-midi|en seance|on (?:monday|tuesday|wednesday|thursday|friday)|monday|tuesday|wednesday|thursday|friday|yesterday|today|this morning|this afternoon)\s)?(?:by\s|de\s)?$/;
const RELATIVE_SHARES = /^[\s,]*(?:whose|dont)\b/;
const PRICE_AFTER_MOVE = /^\s(?:to|at|a)\s$/;
/** A dividend or earnings per share is never the price: "the final dividend of 11.4 pence per share", "un dividende de 2,10 euros". */
const PER_SHARE_SUM = /\b(?:dividends?|dividendes?|payouts?|coupons?|earnings|eps|benefices? (?:net )?par action|bpa)\s(?:[\w'-]+\s){0,3}?$/;
/** The price a move started from: "down from 246p on Monday", "contre 26,10 euros à la clôture". */
const FROM_PRICE = /\b(?:from|against|compared with|versus|vs|contre|par rapport a)\s$/;

/** Moves of the company's own shares, one candidate per clause that states one; grouped by day when merged. */
export const detectSharePrice: Detector = (sentence, article) => {
  const { folded } = sentence;
  // a rival's move set against the company's in a clause of its own ("…, tandis que son concurrent X progressait") leaves the clauses before it
  const rival = RIVALS.exec(folded);
  const contrast = rival ? CONTRAST_NAMED_FIRST.exec(folded.slice(0, rival.index)) : null;
  const rivalClause =
    rival && CONTRAST_BEFORE.test(folded.slice(0, rival.index)) ? folded.lastIndexOf(',', rival.index) : contrast ? contrast.index : rival ? 0 : Infinity;
  // analysts in the rival's clause ("while rival X rose as analysts speculated…") give their view of the rival, not of the company's move
  const analystsOnRival = sentence.analyst && !sentence.background && !isAnalystView(folded.slice(0, rivalClause));
  if (sentenceBlocked('SharePriceMoved', sentence) && !analystsOnRival) return [];
  if (
    !SHARE_NOUN[article.language].test(folded.slice(0, rivalClause)) &&
    !PRICE_STATEMENT.test(folded) &&
    !QUOTE.test(folded) &&
    !(MONEY_QUOTE.test(folded) && !GOODS_PRICE.test(folded) && !PER_SHARE.test(folded))
  )
    return [];
  const clauses = sentence.clauses.filter((clause) => clause.start < rivalClause).map((clause) => ({ ...clause, end: Math.min(clause.end, rivalClause) }));
  const moves = clauses.flatMap((clause) => moveIn(sentence, clause, article.language, firstTicker(article.text), article.subjectWords));
  const directed = moves.filter((move) => move.direction);
  const loose: Move[] = [];
  for (const move of moves.filter((m) => !m.direction)) {
    // A price or size with no verb of its own belongs to a move of the same day (or, when it names no day, to the move just before it: "a reculé lundi de 0,38 euro, à 9,12 euros"), else to the day's group.
    const host =
      nearestDirected(
        directed.filter((m) => m.date === null || m.date === move.date || (move.previous && !move.money)),
        move.index,
      ) ?? (move.date === null ? directed.filter((m) => m.index < move.index).pop() : undefined);
    if (!host) {
      if (move.money) loose.push(move);
      continue;
    }
    host.changePct ??= move.changePct;
    host.money ??= move.money;
    host.previous ??= move.previous;
  }
  for (const move of directed) {
    if (move.changePct === undefined && move.previous && move.money && move.previous.currency === move.money.currency) {
      // "closed at 212p, down from 246p": the move is the gap between the two prices
      move.changePct = Math.round((Math.abs(move.previous.value - move.money.value) / move.previous.value) * 10000) / 100;
      move.computedPct = true;
    }
    if (move.changePct !== undefined || !move.amount || !move.money || move.amount.currency !== move.money.currency) continue;
    const before = move.direction === 'down' ? move.money.value + move.amount.value : move.money.value - move.amount.value;
    if (before <= 0) continue;
    move.changePct = Math.round((move.amount.value / before) * 10000) / 100;
    move.computedPct = true;
  }
  datePlainSequels(sentence, directed);
  const venue = VENUES.find(([pattern]) => pattern.test(folded))?.[1];
  const kept = [...directed, ...loose];
  return kept.map((move) => toCandidate(sentence, move, venue));
};

function moveIn(sentence: SentenceView, clause: Span, language: Language, targetTicker: string | null, subjectWords: Set<string>): Move[] {
  const tail = MARKET_TAIL.exec(sentence.folded.slice(clause.start, clause.end));
  const end = tail ? clause.start + tail.index : clause.end;
  const text = sentence.folded.slice(clause.start, end);
  const sequel = sequelAfterLongPeriod(text);
  if (sequel !== undefined) return moveIn(sentence, { ...clause, start: clause.start + sequel }, language, targetTicker, subjectWords);
  if (LONG_PERIOD.test(text) || opensOnLongPeriod(sentence, clause) || INDEX_SUBJECT.test(text) || mentionsOtherTicker(text, targetTicker)) return [];
  // a relative clause's shares belong to the name before it: "owned by the utility X, whose shares closed lower"
  const ownerFrom = RELATIVE_SHARES.test(text) ? Math.max(0, clause.start - 60) : clause.start;
  if (namesOtherCompany(sentence.raw.slice(ownerFrom, end), subjectWords)) return [];
  const verb = directionVerb(text);
  if (verb && (isNegated(text.slice(0, verb.index)) || isHedged(text.slice(0, verb.index)))) return [];
  const found = findPercentages(text, language).filter((p) => !INDEX_BEFORE.test(text.slice(Math.max(0, p.index - 30), p.index)));
  // the day's extreme ("fell as much as 12% before closing down 7.4%", "a perdu jusqu'à 12 % avant de clôturer en baisse de 7,4 %") is not the move
  const settled = found.filter((p) => !INTRADAY_BEFORE.test(text.slice(Math.max(0, p.index - 30), p.index)));
  const percentages = settled.length > 0 ? settled : found;
  const percentage = pickPercentage(percentages, verb?.index);
  const sums = findMoney(text, language).filter((m) => !PER_SHARE_SUM.test(text.slice(Math.max(0, m.index - 40), m.index)));
  const previous = sums.find((m) => !m.scaled && FROM_PRICE.test(text.slice(0, m.index)));
  const money = sums.filter((m) => m !== previous);
  const unscaled = money.filter((m) => !m.scaled);
  const last = unscaled.pop();
  // a sum right after the verb, alone in its clause, is the size of the move; the price comes in a later clause
  const sizeBefore = verb ? sizeBeforeVerb(text, verb.index, money) : undefined;
  const amount =
    sizeBefore?.move ??
    (verb && last && unscaled.length === 0 && last.index > verb.index && MOVE_THEN_PRICE.test(text.slice(verb.index, last.index).replace(/^\S+/, ''))
      ? last
      : undefined);
  const price = sizeBefore ? sizeBefore.price : amount ? undefined : last;
  const computed = percentage || !verb ? undefined : percentageFromMove(text, verb.index, verb.direction, money);
  const direction = verb?.direction ?? (percentage?.sign ? (percentage.sign < 0 ? 'down' : 'up') : undefined);
  const hasShareNoun = SHARE_NOUN[language].test(text);
  if (direction && !hasShareNoun && !percentage && !price && !amount && !previous && !money.some((m) => m.scaled)) return [];
  if (!direction && !price && !percentage && !previous) return [];
  // the day beside a starting price is that price's ("from 246p on Monday evening"), not the move's
  const onlyPrevious = previous && !price && !percentage && !amount;
  const date = onlyPrevious
    ? null
    : dateOfTrigger(sentence, { index: clause.start + (verb?.index ?? 0), end: clause.start + (verb?.index ?? 0), clause, groups: [] });
  return [
    {
      index: clause.start,
      direction,
      changePct: percentage?.value ?? computed,
      computedPct: computed !== undefined && !percentage,
      money: price,
      amount,
      previous,
      date,
    },
  ];
}

/** A move of its own joined to a move over a long period: "have lost 14% since the attack and slipped a further 1.2% on Wednesday". */
const SEQUEL = new RegExp(String.raw`\b(?:and|et|but|mais|then|puis)\s(?:[\w-]+\s){0,2}?(?=(?:${UP.source}|${DOWN.source}))`);

/** Where the sequel of a long-period move starts in the clause's text, when it has figures of its own and no period. */
function sequelAfterLongPeriod(text: string): number | undefined {
  const period = LONG_PERIOD.exec(text);
  if (!period) return undefined;
  const sequel = SEQUEL.exec(text.slice(period.index));
  if (!sequel) return undefined;
  const start = period.index + sequel.index;
  return /\d/.test(text.slice(start)) && !LONG_PERIOD.test(text.slice(start)) ? start : undefined;
}

/** A later move with no day of its own ("fell 9% on Tuesday, then rallied on Wednesday, closing up 2%") takes the last day named before it. */
function datePlainSequels(sentence: SentenceView, directed: Move[]): void {
  directed.forEach((move, index) => {
    if (move.date !== null || index === 0) return;
    const day = sentence.dates.filter((mention) => mention.date !== null && mention.index < move.index).pop();
    if (day && day.date !== directed[index - 1].date) move.date = day.date;
  });
}

/** A move in money written before its direction word, then the price: "ended 21.5p lower at 278.5p", "finished 3p higher at 96p". */
function sizeBeforeVerb(text: string, verbIndex: number, money: Money[]): { move: Money; price: Money } | undefined {
  const move = money.find((m) => !m.scaled && m.end <= verbIndex && /^\s?$/.test(text.slice(m.end, verbIndex)));
  const price = money.find((m) => !m.scaled && m.index > verbIndex);
  if (!move || !price || move.currency !== price.currency) return undefined;
  return PRICE_AFTER_MOVE.test(text.slice(verbIndex, price.index).replace(/^\S+/, '')) ? { move, price } : undefined;
}

/** The percentage a move in money stands for, from the price it reached: 31p down to 214p is 12.65%. */
function percentageFromMove(text: string, verbIndex: number, direction: 'up' | 'down', money: Money[]): number | undefined {
  const sizeFirst = sizeBeforeVerb(text, verbIndex, money);
  const [move, price] = sizeFirst ? [sizeFirst.move, sizeFirst.price] : money.filter((m) => m.index > verbIndex && !m.scaled);
  if (!move || !price || move.currency !== price.currency) return undefined;
  if (!sizeFirst && (!MOVE_THEN_PRICE.test(text.slice(verbIndex, move.index).replace(/^\S+/, '')) || !PRICE_AFTER_MOVE.test(text.slice(move.end, price.index))))
    return undefined;
  const before = direction === 'down' ? price.value + move.value : price.value - move.value;
  return before > 0 ? Math.round((move.value / before) * 10000) / 100 : undefined;
}

/**
 * A short opening clause that sets a long period for the rest ("Depuis un an, le titre a perdu 30%"); one after a
 * clause with figures is an aside on that move ("fell 11% to 412p, its steepest fall since listing, and slipped…").
 */
function opensOnLongPeriod(sentence: SentenceView, clause: Span): boolean {
  for (const before of sentence.clauses) {
    if (before.start >= clause.start) return false;
    const words = sentence.folded.slice(before.start, before.end).trim();
    if (words.split(/\s+/).length <= 6 && LONG_PERIOD.test(words)) return true;
    if (/\d/.test(words)) return false;
  }
  return false;
}

function directionVerb(text: string): { index: number; direction: 'up' | 'down' } | undefined {
  const up = UP.exec(text);
  const down = DOWN.exec(text);
  if (up && (!down || up.index < down.index)) return { index: up.index, direction: 'up' };
  if (down) return { index: down.index, direction: 'down' };
  return undefined;
}

/** The size of the move: the first percentage after the verb, else the last one before it. */
function pickPercentage(percentages: Percentage[], verbIndex: number | undefined): Percentage | undefined {
  if (verbIndex === undefined) return percentages[0];
  return percentages.find((p) => p.index > verbIndex && p.index - verbIndex < 80) ?? percentages.filter((p) => p.index < verbIndex).pop();
}

function firstTicker(text: string): string | null {
  const match = EXCHANGE_TICKER.exec(text.toLowerCase());
  EXCHANGE_TICKER.lastIndex = 0;
  return match?.[1] ?? null;
}

function mentionsOtherTicker(text: string, target: string | null): boolean {
  return [...text.matchAll(EXCHANGE_TICKER)].some((match) => match[1] !== target);
}

function nearestDirected(directed: Move[], index: number): Move | undefined {
  const before = directed.filter((move) => move.index < index).pop();
  return before ?? directed.find((move) => move.index > index);
}

function toCandidate(sentence: SentenceView, move: Move, venue: string | undefined): Candidate {
  const facts = {
    direction: move.direction,
    changePct: move.changePct,
    price: move.money?.value,
    currency: move.money?.currency,
    venue,
  };
  const candidate = candidateOf('SharePriceMoved', sentence, facts, move.date, move.changePct !== undefined || move.money ? 0.9 : 0.7, move.date ?? '');
  return move.computedPct ? { ...candidate, computed: ['changePct'] } : candidate;
}
