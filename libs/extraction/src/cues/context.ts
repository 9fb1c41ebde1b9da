import { blockerPattern } from '../rules/engine';

/**
 * Sentences about other companies or general background ("des entreprises comme...", "rivals",
 * "in recent years", a survey's or a study's figures), and analysts' views: none of them is a disclosure of the company.
 */
const BACKGROUND = blockerPattern('background');

const ANALYST = blockerPattern('analyst');

export function isBackground(foldedSentence: string): boolean {
  return BACKGROUND.test(foldedSentence);
}

export function isAnalystView(foldedSentence: string): boolean {
  return ANALYST.test(foldedSentence);
}
