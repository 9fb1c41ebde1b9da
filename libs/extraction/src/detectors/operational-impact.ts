import { SEVERITIES } from '@ledger/disclosures';
import { SentenceView } from '../article';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { dateOfTrigger, statedTriggers } from './triggers';

const IMPACT = new RegExp(
  [
    String.raw`disrupt\w*|outages?|downtime|delays?|delayed|running (?:up to )?(?:[\w-]+ ){0,3}(?:late|behind)|backlogs?`,
    String.raw`(?:stopped|stopping|stop|paused?|pausing|suspend(?:ed|ing)?|halt(?:ed|ing)?|ceased)\s(?:[\w-]+\s){0,2}?(?:taking|processing|accepting|production|producing|shipping|shipments|deliveries|operations|orders|trading|sales|services|payments|manufacturing)`,
    String.raw`unable to|could not (?:process|take|accept|deliver|ship|operate|access)|cannot (?:process|take|accept|deliver|ship|operate|access)|(?:were|was|are|is|been|remain(?:ed|s)?) (?:(?:still|currently|temporarily|partly|partially|largely|also)\s)?unavailable`,
    String.raw`(?:taken|handled|processed) by (?:phone|telephone)|diverted|diverting|rerouted|redirected|cancel(?:l)?ed|cancel(?:l)?ing|postponed|postponing|(?:by hand|manually|pen and paper|manual (?:processes|workarounds?))|reduced capacity|(?:forced|forcing|force) (?:[\w-]+ ){0,2}(?:to )?(?:close|shut|schedule|cancel|postpone|divert|revert|suspend|halt)|closed (?:[\w-]+ ){0,2}(?:stores|shops|branches|sites|plants|factories|clinics)`,
    String.raw`changes["']? to (?:[\w-]+ ){0,3}operations|(?:impact|effect)s? on (?:[\w-]+ ){0,2}(?:operations|trading|sales|business|services)|operational (?:impact|disruption|issues|difficulties)`,
    String.raw`perturb\w*|pannes?|indisponib\w*|ralentissements? (?:partiels? |importants? |forts? )?(?:de |des |du |d')(?:l'|la |les |ses |son |sa |leurs? )?(?:services|systemes|operations|activites?|production|interfaces|sites|usines|livraisons|expeditions)|(?:fort|important|net) ralentissement`,
    String.raw`detourne\w*|redirige\w*|reorient\w*|annul\w*|manuellement|a la main|(?:enregistree?s?|prise?s?|traitee?s?|passee?s?) par telephone|mode degrade|fonctionnement degrade|capacite reduite|au ralenti|chomage (?:partiel|technique)|fermeture (?:de |des )?(?:ses |certains |plusieurs )?(?:magasins|sites|usines|agences|boutiques)|(?:contraint|oblige|force)e?s? (?:a|de) (?:fermer|suspendre|annuler|reporter|arreter|interrompre)`,
    String.raw`retards?|delais (?:de livraison )?(?:sont |ont ete )?allonges|interromp\w*|interruptions?`,
    String.raw`(?:commandes|livraisons|ventes|production|activites?|operations|paiements|expeditions)(?: en ligne)? (?:(?:sont|est|ont ete|a ete|etant|restent|reste|demeurent|demeure|etaient|etait)\s)?(?:(?:temporairement|toujours|encore|partiellement|totalement)\s)?(?:suspendue?s?|interrompue?s?|a l'arret|paralysee?s?|bloquee?s?|arretee?s?)`,
    String.raw`impact (?:operationnel )?sur (?:les |ses )?(?:operations|activites)|impact operationnel|difficultes operationnelles`,
    String.raw`impossible de|incapables? de|ne (?:peut|peuvent|pouvait|pouvaient) plus|ne (?:pourr\w+|peu\w+|pouv\w+) pas (?:etre )?(?:traite|livre|expedie|honore|assure|servi)\w*|(?:hors des|au-dela des) delais habituels`,
    String.raw`(?:sites|usines|magasins|agences|boutiques|entrepots|ateliers|lignes de production)(?: [\w-]+){0,2} (?:resteront|restent|reste|sont|seront|ont ete|demeurent|demeureront) (?:[\w-]+ )?(?:fermee?s|a l'arret)|activite partielle|chomage partiel`,
    String.raw`on hold|(?:could|can|were|was|are|is) no longer (?:being )?(?:\w+ ){0,2}?(?:processed|accepted|available|taken|delivered|shipped|buy|order|use|access)|(?:changes|adjustments) to how|(?:dent\w*|hit|hurt|weigh\w* on|wip\w* \w+ off|knock\w* \w+ off) (?:[\w-]+ ){0,2}(?:profits?|revenues?|sales|earnings|margins?)|revenue deferrals?|deferred revenue|lost (?:sales|revenue)|(?:pese\w*|impact\w*) (?:[\w-]+ ){0,2}(?:sur )?(?:le |les |ses |son |sa )?(?:resultats?|chiffre d'affaires|ventes|marges?)|manque a gagner`,
  ].map((alternative) => `\\b(?:${alternative})`).join('|'),
  'g',
);
/** A goal, not an effect: "to minimise the impact", "limiter les perturbations". */
const PURPOSE = /\b(?:minimi[sz]\w*|limit\w*|reduire|reduce|avoid\w*|eviter|prevent\w*|proteger|protect\w*)\s(?:[\w']+\s){0,3}$/;

const HIGH = /\b(?:considerable\w*|significant\w*|major|severe\w*|serious\w*|importante?s?|majeure?s?|graves?|massive\w*|lourde?s?|widespread|substantial|sever\w*)\b/;
const LOW = /\b(?:minor|limited|slight\w*|mineure?s?|limitee?s?|legere?s?|marginal\w*)\b/;
const DURATION =
  /\b(?:for|over|pendant|durant|during|sur)\s(?:at least |au moins )?(?:several|a few|a number of|plusieurs|quelques|un certain nombre de|two|three|four|deux|trois|quatre|\d+)\s(?:days|weeks|months|jours|semaines|mois)\b|\bat least (?:through|until) [a-z ]{3,20}?(?=[,.;]|$)|\bjusqu'(?:a|au) (?:la fin|mi-|fin)[a-z -]{2,20}?(?=[,.;]|$)/;

/** Effects of the incident on operations, grouped by the day they are reported for. */
export const detectOperationalImpact: Detector = (sentence) => {
  if (sentence.background || sentence.analyst) return [];
  const [trigger] = statedTriggers(sentence, IMPACT).filter((t) => !PURPOSE.test(sentence.folded.slice(t.clause.start, t.index)));
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
