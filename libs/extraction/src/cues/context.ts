/**
 * Sentences about other companies or general background ("des entreprises comme...", "rivals",
 * "in recent years", a survey's or a study's figures), and analysts' views: none of them is a disclosure of the company.
 */
const BACKGROUND =
  /\b(?:des entreprises comme|entreprises telles que|societes telles que|companies (?:such as|like|including)|other companies|d'autres (?:entreprises|societes|groupes|victimes)|autres victimes|other victims|ces dernieres annees|in recent years|l'une des (?:tres )?nombreuses victimes|one of (?:many|a number of|several|the many) (?:companies|victims)|(?:a |an |the |une |un |l'|le |la )?(?:survey|poll|study|sondage|etude) (?:by|of|from|de|du|menee?|publiee?|realisee?|conducted|published|carried out|found|shows?|showed|suggests?|revele|montre))\b/;

const ANALYST =
  /\b(?:analysts?|analystes?|brokers?|courtiers?|recommandation|recommendation|price target|target price|objectif de cours|rating|downgraded|upgraded|surpondere|sous-pondere)\b/;

export function isBackground(foldedSentence: string): boolean {
  return BACKGROUND.test(foldedSentence);
}

export function isAnalystView(foldedSentence: string): boolean {
  return ANALYST.test(foldedSentence);
}
