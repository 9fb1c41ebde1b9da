import { SEVERITIES } from '@ledger/disclosures';
import { SentenceView } from '../article';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { findRegulators } from '../regulators/find-regulators';
import { isMatterOfSanction } from '../cues/sanction-matter';
import { isScopeOfExamination } from '../cues/probe-scope';
import { dateOfTrigger, sentenceBlocked, triggersFor } from './triggers';

/** A goal, not an effect: "to minimise the impact", "limiter les perturbations". */
const PURPOSE = /\b(?:minimi[sz]\w*|limit\w*|reduire|reduce|avoid\w*|eviter|prevent\w*|proteger|protect\w*)\s(?:[\w']+\s){0,3}$/;

const HIGH =
  /\b(?:considerable\w*|significant\w*|major|severe\w*|serious\w*|importante?s?|majeure?s?|graves?|massive\w*|lourde?s?|widespread|substantial|sever\w*)\b/;
const LOW = /\b(?:minor|limited|slight\w*|mineure?s?|limitee?s?|legere?s?|marginal\w*)\b/;
const DURATION =
  /\b(?:for|over|pendant|durant|during|sur)\s(?:at least |au moins )?(?:several|a few|a number of|plusieurs|quelques|un certain nombre de|two|three|four|deux|trois|quatre|\d+)\s(?:days|weeks|months|jours|semaines|mois)\b|\bat least (?:through|until) [a-z ]{3,20}?(?=[,.;]|$)|\bjusqu'(?:a|au) (?:la fin|mi-|fin)[a-z -]{2,20}?(?=[,.;]|$)/;

/** Effects of the incident on operations, grouped by the day they are reported for. */
export const detectOperationalImpact: Detector = (sentence, article) => {
  if (sentenceBlocked('OperationalImpactReported', sentence)) return [];
  const [trigger] = triggersFor('OperationalImpactReported', 'impact', sentence, article.language).filter(
    // an outage named as what a sanction is for ("sanctionné après la panne de 2027") was reported when it happened
    (t) =>
      !PURPOSE.test(sentence.folded.slice(t.clause.start, t.index)) &&
      !inRegulatorsFindings(sentence, t.index) &&
      !isMatterOfSanction(sentence, t.index, article.language) &&
      !isScopeOfExamination(sentence, t.index),
  );
  if (!trigger) return [];
  const occurredOn = dateOfTrigger(sentence, trigger);
  const facts = {
    summary: summaryOf(sentence.raw),
    severity: severityOf(sentence),
    expectedDuration: durationOf(sentence),
  };
  return [candidateOf('OperationalImpactReported', sentence, facts, occurredOn, 0.7, occurredOn ?? '')];
};

function severityOf(sentence: SentenceView): (typeof SEVERITIES)[number] | undefined {
  if (HIGH.test(sentence.folded)) return 'high';
  if (LOW.test(sentence.folded)) return 'low';
  return undefined;
}

function durationOf(sentence: SentenceView): string | undefined {
  const match = DURATION.exec(sentence.folded);
  return match ? sentence.raw.slice(match.index, match.index + match[0].length).trim() : undefined;
}

/** An authority, named or not, and a verb of its findings: "the watchdog said that…", "la CNIL lui reproche de…". */
const AUTHORITY_WORDS = /\b(?:the (?:watchdog|regulator|authority|supervisor)|l'autorite|le regulateur|le gendarme(?: [\w']+){0,3})\s/g;
const FINDS =
  /^(?:\s?(?:\([^()]{1,20}\)\s)?(?:[\w',-]+\s){0,3}?)(?:said|says|found|finds|concluded|concludes|ruled|criticised|criticized|accused|alleged|fined|penalised|penalized|censured|sanctioned|a sanctionne|a inflige|sanctionne|inflige|estime\w*|considere\w*|reproch\w*|a constate|constate|a releve|releve|juge)\b/;
/** Words of a failing found, which an incident's effects do not carry: "had not properly checked", "without adequate warning", "manquements", a system "left unpatched". */
const MISCONDUCT =
  /\b(?:fail(?:ed|ing|ings|ure to)|(?:not|insufficiently|inadequately|poorly) (?:protected|secured|patched|encrypted)|unpatched|unencrypted|(?:non|mal|insuffisamment) (?:protegee?s?|securisee?s?|chiffree?s?|corrigee?s?)|not properly|(?:without|inadequate|insufficient) (?:adequate |proper |sufficient )?(?:warning|checks?|controls?|care|notice)|unfair\w*|in breach of|breached|(?:had|has|have) not (?:applied|implemented|put in place|enabled|deployed|used)|manquements?|insuffisan\w*|defaillan\w*|(?:n'avait|n'a|n'avaient|n'ont) pas (?:suffisamment |correctement )?(?:respecte|verifie|controle|informe|protege|mis en place))\b/;
const REPROACH = /\b(?:lui|leur) reproch\w*/;

/**
 * What a regulator found the company did ("the watchdog said … had cancelled policies without adequate
 * warning", "lui reprochant des retards") is the matter of its probe, not an effect of an incident on operations.
 */
export function inRegulatorsFindings(sentence: SentenceView, index: number): boolean {
  const before = sentence.folded.slice(0, index);
  if (REPROACH.test(before)) return true;
  const authorities = [
    ...findRegulators(before, sentence.raw.slice(0, index)).filter((mention) => !mention.generic),
    ...[...before.matchAll(AUTHORITY_WORDS)].map((match) => ({ end: (match.index ?? 0) + match[0].length })),
  ];
  return MISCONDUCT.test(sentence.folded) && authorities.some((mention) => FINDS.test(before.slice(mention.end)));
}
