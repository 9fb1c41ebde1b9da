import { isMatterOfSanction } from '../cues/sanction-matter';
import { isMatterOfProbe } from '../cues/probe-scope';
import { inRegulatorsFindings } from './operational-impact';
import { SentenceView } from '../article';
import { isNegated } from '../cues/negation';
import { NUMBER } from '../numbers/amounts';
import { parseLocaleNumber, scaleOf } from '../numbers/parse-number';
import { Language } from '../language';
import { clauseAt } from '../text/clauses';
import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { triggerPattern } from '../rules/engine';
import { dateOfTrigger, sentenceBlocked, triggersFor } from './triggers';

/** Data nouns; an address is data in the singular too when its kind is named ("nom, adresse électronique et adresse postale"). */
const DATA =
  /\b(?:data|information|records|details|files|documents|contracts|names|addresses|(?:e-?mail|postal|home) address|numbers|credentials|passwords|databases?|donnees|bases? de donnees|informations|fichiers|documents|contrats|noms|adresses|adresse (?:electronique|e-?mail|mail|postale|ip)|numeros|coordonnees|identifiants|mots de passe)\b/;

const DATA_TYPES = new RegExp(
  [
    String.raw`(?:first |last |full )?names`,
    String.raw`(?:e-?mail|postal|home|ip|physical) address(?:es)?|addresses`,
    String.raw`(?:phone|telephone|mobile) numbers|dates of birth|social security numbers|national insurance numbers|passport (?:numbers|details)|driving licen[cs]e (?:numbers|details)`,
    String.raw`(?:bank|banking) (?:account )?(?:details|information|numbers)|(?:payment )?card (?:details|numbers|data)|payment (?:details|data|information)|passwords|(?:login |log-in )?credentials|policy numbers|account numbers|medical (?:records|information)|health (?:information|data)|contact details`,
    String.raw`noms|prenoms|adresses? (?:electroniques?|e-?mail|mail|postales?|ip)|adresses|numeros? de (?:telephone|securite sociale|compte|carte)|dates de naissance|coordonnees (?:bancaires|postales)|iban|mots de passe|identifiants(?: de connexion)?|donnees de sante`,
  ]
    .map((alternative) => `\\b(?:${alternative})\\b`)
    .join('|'),
  'g',
);
const PEOPLE =
  /(customers|clients|patients|people|persons|individuals|users|policyholders|subscribers|members|accounts|records|employees|staff|abonnes|personnes|utilisateurs|comptes|salaries|assures|adherents|usagers|patients)\b/;
const COUNT = new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s?(millions?|milliards?|billions?|m|k)?\s(?:de |d')?(?:[a-z-]+\s){0,2}?${PEOPLE.source}`, 'g');

/** Data the company confirms was taken or seen: what kinds and how many records. One per article. */
export const detectDataExposure: Detector = (sentence, article) => {
  if (sentenceBlocked('DataExposureConfirmed', sentence) || !DATA.test(sentence.folded)) return [];
  const [trigger] = triggersFor('DataExposureConfirmed', 'taken', sentence, article.language).filter(
    (t) =>
      aboutData(sentence, t.index, t.end) &&
      !matterOfProbe(sentence, t.index, article.language) &&
      !isMatterOfSanction(sentence, t.index, article.language) &&
      !isMatterOfProbe(sentence, t.index) &&
      !inRegulatorsFindings(sentence, t.index),
  );
  if (!trigger) return [];
  const facts = {
    dataTypes: dataTypesIn(sentence),
    recordsAffected: recordsIn(sentence, article.language),
    summary: summaryOf(sentence.raw),
  };
  return [candidateOf('DataExposureConfirmed', sentence, facts, dateOfTrigger(sentence, trigger), 0.8)];
};

/** Data named as what a precaution protects ("to safeguard our systems and data"), not as what was taken. */
const PROTECTING =
  /\b(?:safeguard|protect|secure|preserv|shield|proteger|protege|preserver|securiser)\w*\s(?:[\w']+\s){0,4}?(?:data|information|donnees|informations)\b/g;

/** The company's own published figures are not data taken: "son information financière … publiée en 2024". */
const CORPORATE_INFORMATION =
  /\b(?:informations? (?:financieres?|comptables?|privilegiees?|reglementees?)|(?:financial|inside|price-sensitive|regulatory|accounting) information)\b/g;

/** A theft or leak named as a noun ("la fuite de données", "the data leak"). */
const LEAK_NOUN = /^(?:theft|leak|data|vol|fuite|exfiltration|divulgation)\b/;

/**
 * A leak named as what a regulator's probe or sanction is about ("Fuite de données : la CNIL inflige une
 * amende", "the procedure followed the data leak", "fined over the theft of data") was disclosed before: the
 * sentence reports the probe's step, not data newly confirmed taken.
 */
function matterOfProbe(sentence: SentenceView, index: number, language: Language): boolean {
  if (!LEAK_NOUN.test(sentence.folded.slice(index))) return false;
  return (['probe', 'sanction'] as const).some((name) => {
    const pattern = triggerPattern(name, language);
    pattern.lastIndex = 0;
    const found = pattern.test(sentence.folded);
    pattern.lastIndex = 0;
    return found;
  });
}

/** Folded text has plain hyphens for dashes: an aside opens and closes on a spaced one, or a bracket. */
const ASIDE = /\s(?:-\s[^()]*?\s-|\([^()]*\))(?=\s)/g;

/** Data words near the verb ("names ... were stolen", "stole the names"), and the verb not about systems ("taken offline"). */
function aboutData(sentence: SentenceView, index: number, end: number): boolean {
  if (/^\s(?:offline|off|down|steps|measures|action|place)\b/.test(sentence.folded.slice(end, end + 12))) return false;
  // an aside between dashes or brackets ("des données – identité, numéro … – avaient été dérobées") does not count against the distance
  const before = sentence.folded.slice(0, index).replace(ASIDE, ' ');
  const near = before.slice(Math.max(0, before.length - 150)) + sentence.folded.slice(index, end + 80);
  return DATA.test(near.replace(PROTECTING, ' ').replace(CORPORATE_INFORMATION, ' '));
}

function dataTypesIn(sentence: SentenceView): string[] | undefined {
  const types: string[] = [];
  for (const match of sentence.folded.matchAll(DATA_TYPES)) {
    const index = match.index ?? 0;
    const clause = clauseAt(sentence.clauses, index);
    if (isNegated(sentence.folded.slice(clause.start, index))) continue;
    const written = sentence.raw.slice(index, index + match[0].length);
    if (!types.some((type) => type.toLowerCase() === written.toLowerCase())) types.push(written);
  }
  return types.length > 0 ? types : undefined;
}

function recordsIn(sentence: SentenceView, language: Language): number | undefined {
  for (const match of sentence.folded.matchAll(COUNT)) {
    const value = parseLocaleNumber(match[1], language);
    if (value === null) continue;
    return Math.round(value * scaleOf(match[2]));
  }
  return undefined;
}
