import { candidateOf, Detector } from './detector';
import { summaryOf } from './candidate';
import { earliestDate, phraseAt, statedTriggers } from './triggers';

const ATTACK = new RegExp(
  [
    String.raw`cyber[- ]?(?:attaques?|attacks?|incidents?|intrusions?|extorsion|extortion)`,
    String.raw`attaques? (?:informatiques?|par rancongiciel|de rancongiciel|ransomware|cyber)`,
    String.raw`(?:ransomware|malware)(?: attacks?| incidents?)?`,
    String.raw`rancongiciels?|logiciels? malveillants?`,
    String.raw`cyber ?security (?:incidents?|attacks?|breach(?:es)?)`,
    String.raw`incidents? (?:de cybersecurite|informatiques?|de securite(?: informatique)?|cyber)`,
    String.raw`cybermalveillance|acte de malveillance informatique|(?:it|information|network|data) security incidents?|it incidents?|cyber (?:events?|security events?)|threat actors?`,
    String.raw`(?:security|data|cyber) breach(?:es)?`,
    String.raw`violations? de (?:donnees|securite)`,
    String.raw`piratages?|pirates? informatiques?|hackers?|hacked|hack(?: attack| incident)?`,
    String.raw`intrusions?(?: informatiques?)?`,
    String.raw`unauthori[sz]ed (?:external )?access`,
    String.raw`acces (?:externe )?non autorise`,
    String.raw`(?:incident|attack|attaque|intrusion|breach)s? (?:a ete |was |were |had been |has been )?(?:first )?(?:detected|discovered|identified|detecte|decouverte?|identifiee?)`,
  ].map((alternative) => `\\b(?:${alternative})\\b`).join('|'),
  'g',
);

const EXTERNAL = /\b(?:acces externe|acces non autorise|unauthori[sz]ed (?:external )?access|external access|intrusion|hackers?|pirates?|criminal|criminels?|threat actors?|attaquants?|attackers?)\b/;
const SYSTEMS =
  /\b(?:(?:un nombre limite de|a limited number of|certains de|some of|part of|une partie de|plusieurs de)\s)?(?:its|ses|son|sa|leurs?|their)\s[^,.;]{0,50}?\b(?:systemes?|systems?|reseaux?|networks?|serveurs?|servers?|applications?|unit|division|filiale|subsidiary|platform|plateforme)\b(?:\s(?:informatiques?|it))?/;

/** A cyber incident at the company: one per article, dated by the earliest day any of its sentences names. */
export const detectBreach: Detector = (sentence) => {
  if (sentence.background || sentence.analyst) return [];
  const triggers = statedTriggers(sentence, ATTACK);
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
