import { isMatterOfSanction } from '../cues/sanction-matter';
import { inRegulatorsFindings } from './operational-impact';
import { candidateOf, Detector } from './detector';
import { summaryOf } from './candidate';
import { earliestDate, phraseAt, sentenceBlocked, triggersFor } from './triggers';

const EXTERNAL =
  /\b(?:acces externe|acces non autorise|unauthori[sz]ed (?:external )?access|external access|intrusion|hackers?|pirates?|criminal|criminels?|threat actors?|attaquants?|attackers?)\b/;
const SYSTEMS =
  /\b(?:(?:un nombre limite de|a limited number of|certains de|some of|part of|une partie de|plusieurs de)\s)?(?:its|ses|son|sa|leurs?|their)\s[^,.;]{0,50}?\b(?:systemes?|systems?|reseaux?|networks?|serveurs?|servers?|applications?|unit|division|filiale|subsidiary|platform|plateforme)\b(?:\s(?:informatiques?|it))?/;

/** A cyber incident at the company: one per article, dated by the earliest day any of its sentences names. */
export const detectBreach: Detector = (sentence, article) => {
  if (sentenceBlocked('BreachAnnounced', sentence)) return [];
  const triggers = triggersFor('BreachAnnounced', 'breach', sentence, article.language).filter(
    (trigger) => !isMatterOfSanction(sentence, trigger.index, article.language) && !inRegulatorsFindings(sentence, trigger.index),
  );
  if (triggers.length === 0) return [];
  const systems = SYSTEMS.exec(sentence.folded);
  return [
    candidateOf(
      'BreachAnnounced',
      sentence,
      {
        summary: summaryOf(sentence.raw),
        externalAccess: EXTERNAL.test(sentence.folded) ? true : undefined,
        systemsAffected: systems ? phraseAt(sentence, systems.index, systems.index + systems[0].length) : undefined,
      },
      earliestDate(sentence),
      0.9,
    ),
  ];
};
