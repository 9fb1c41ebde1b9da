import { ProbeStage, RecordableType } from '@ledger/disclosures';
import { Candidate } from '../detectors/candidate';
import { laterStage } from '../detectors/probe-stage';

type Facts = Record<string, unknown>;

/**
 * How the candidates of one type become its disclosures where that type differs from the rule for
 * all: facts taken first come, first kept, in the order of the text, and the day of the first dated one.
 */
export interface TypeMerging {
  /** Splits a group that holds more than one disclosure. */
  split?: (group: Candidate[]) => Candidate[][];
  /** The order the candidates' facts are taken in, instead of the text's. */
  factOrder?: (a: Candidate, b: Candidate) => number;
  /** Settles facts that several sentences tell together, once the first kept are taken (candidates in text order). */
  settle?: (group: Candidate[], facts: Facts, computed: string[]) => void;
  /** False when the merged facts make no disclosure. */
  complete?: (facts: Facts) => boolean;
  /** The disclosure's day, from its candidates' days in text order. */
  day?: (dates: string[]) => string | undefined;
}

export const TYPE_MERGING: Partial<Record<RecordableType, TypeMerging>> = {
  SharePriceMoved: { split: splitByQuote, factOrder: byFigures, settle: preferReadPercentage, complete: (facts) => Boolean(facts.direction) },
  RegulatoryProbeOpened: {
    settle: (group, facts) => {
      facts.stage = group.map((candidate) => candidate.facts.stage as ProbeStage).reduce(laterStage);
    },
  },
  SystemsRestored: {
    settle: (group, facts) => {
      facts.partial = group.some((candidate) => candidate.facts.partial === true);
    },
  },
  BreachAnnounced: {
    settle: (group, facts) => {
      if (group.some((candidate) => candidate.facts.externalAccess === true)) facts.externalAccess = true;
    },
    // The breach happened on the earliest day the article gives it.
    day: (dates) => [...dates].sort()[0],
  },
};

/**
 * Two full quotes (a move and a price) that differ are two moves, days apart in a story that follows the shares
 * ("fell 9% to 341p …, then a further 4% to 327p"); a move without its price joins the first.
 */
function splitByQuote(group: Candidate[]): Candidate[][] {
  const quoteOf = (candidate: Candidate) =>
    typeof candidate.facts.changePct === 'number' && !candidate.computed?.includes('changePct') && typeof candidate.facts.price === 'number'
      ? `${candidate.facts.changePct}@${candidate.facts.price}`
      : '';
  const quotes = [...new Set(group.map(quoteOf).filter(Boolean))];
  if (quotes.length < 2) return [group];
  return quotes.map((quote, n) => group.filter((candidate) => quoteOf(candidate) === quote || (n === 0 && !quoteOf(candidate))));
}

/** A share move quoted with both its size and its price says more than one without. */
function byFigures(a: Candidate, b: Candidate): number {
  const figures = (candidate: Candidate) => Number(candidate.facts.changePct !== undefined) + Number(candidate.facts.price !== undefined);
  return figures(b) - figures(a);
}

/**
 * A percentage the text gives beats one calculated from pence or euros when the two agree but for rounding
 * ("fell nearly 3%… closed 47.8p lower at 1,599.69p"); one far off is another move's (an index's, a rival's).
 */
function preferReadPercentage(ordered: Candidate[], facts: Facts, computed: string[]): void {
  if (!computed.includes('changePct')) return;
  const calculated = Number(facts.changePct);
  const read = ordered.find(
    (candidate) =>
      typeof candidate.facts.changePct === 'number' &&
      !candidate.computed?.includes('changePct') &&
      Math.abs(candidate.facts.changePct - calculated) <= 0.15 * calculated,
  );
  if (!read) return;
  facts.changePct = read.facts.changePct;
  computed.splice(computed.indexOf('changePct'), 1);
}
