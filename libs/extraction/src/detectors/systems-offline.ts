import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { systemsIn } from './noun-phrases';
import { dateOfTrigger, statedTriggers } from './triggers';

const OFFLINE = new RegExp(
  [
    String.raw`(?:taken|took|take|taking|brought|bringing|knocked|pulled|pulling|put|placed)\s(?:[\w'&-]+\s){0,6}?(?:offline|off-line|off line)`,
    String.raw`(?:shut|shutting|switched|switching)\s(?:[\w'&-]+\s){0,6}?(?:down|off)`,
    String.raw`(?:went|gone|were|was|remain(?:ed|s)?|kept)\s(?:[\w-]+\s)?offline`,
    String.raw`(?:disconnect|isolat|suspend)(?:ed|ing)\s(?:[\w'-]+\s){0,4}?(?:systems?|servers?|networks?|applications?|platforms?|websites?)`,
    String.raw`(?:mis(?:e|es)?|mettre|met|mettent|mettait|mettant)\s(?:[\w'-]+\s){0,5}?hors (?:ligne|service|reseau|tension)`,
    String.raw`mise hors (?:ligne|service|reseau)`,
    String.raw`debranch\w*|deconnect\w*`,
    String.raw`coup(?:er|e|ee|es|ant) l'acces`,
    String.raw`(?:mettre|mis(?:e|es)?) a l'arret`,
    String.raw`(?:isole|arrete|coupe|suspendu)\w*\s(?:[\w'-]+\s){0,3}?(?:systemes|serveurs|reseaux|applications)`,
  ].map((alternative) => `\\b(?:${alternative})\\b`).join('|'),
  'g',
);

/** Systems taken offline by the company (or by the attack): one per article. */
export const detectSystemsOffline: Detector = (sentence) => {
  if (sentence.background || sentence.analyst) return [];
  const [trigger] = statedTriggers(sentence, OFFLINE);
  if (!trigger) return [];
  const systems = systemsIn(sentence, trigger.clause.start, trigger.clause.end) ?? systemsIn(sentence, 0, sentence.folded.length);
  return [candidateOf('SystemsTakenOffline', sentence, { systems, summary: summaryOf(sentence.raw) }, dateOfTrigger(sentence, trigger), 0.85)];
};
