import { RecordableType } from '@ledger/disclosures';
import { ArticleView, SentenceView } from '../article';
import { Candidate } from './candidate';

export type Detector = (sentence: SentenceView, article: ArticleView) => Candidate[];

export function candidateOf(
  type: RecordableType,
  sentence: SentenceView,
  facts: Record<string, unknown>,
  occurredOn: string | null,
  confidence: number,
  key = '',
): Candidate {
  const defined = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== null));
  return { type, facts: defined, evidence: { start: sentence.start, end: sentence.end }, occurredOn, confidence, key };
}
