import { summaryOf } from './candidate';
import { candidateOf, Detector } from './detector';
import { systemsIn } from './noun-phrases';
import { dateOfTrigger, sentenceBlocked, triggersFor } from './triggers';

/** Systems taken offline by the company (or by the attack): one per article. */
export const detectSystemsOffline: Detector = (sentence, article) => {
  if (sentenceBlocked('SystemsTakenOffline', sentence)) return [];
  const [trigger] = triggersFor('SystemsTakenOffline', 'offline', sentence, article.language);
  if (!trigger) return [];
  const systems = systemsIn(sentence, trigger.clause.start, trigger.clause.end) ?? systemsIn(sentence, 0, sentence.folded.length);
  return [candidateOf('SystemsTakenOffline', sentence, { systems, summary: summaryOf(sentence.raw) }, dateOfTrigger(sentence, trigger), 0.85)];
};
