import { Language } from '../language';
import { EN, EN_ATTRIBUTION } from './en';
import { FR, FR_ATTRIBUTION } from './fr';
import { AttributionListName, AttributionWords, BlockerName, Vocabulary, VocabularyName, WHOLE_WORDS } from './vocabulary';

const TABLES: Record<Language, Vocabulary> = { en: EN, fr: FR };
const compiled = new Map<string, RegExp>();

/**
 * The trigger pattern of a vocabulary in the article's language, compiled once. Quotes and headlines in
 * the other language are common in financial news, so the other language's words are tried after.
 */
export function triggerPattern(name: VocabularyName, language: Language): RegExp {
  const id = `${name}:${language}`;
  let pattern = compiled.get(id);
  if (!pattern) {
    const other: Language = language === 'fr' ? 'en' : 'fr';
    const end = WHOLE_WORDS.has(name) ? String.raw`\b` : '';
    const entries = [...TABLES[language][name], ...TABLES[other][name]];
    pattern = new RegExp(entries.map((entry) => String.raw`\b(?:${entry})${end}`).join('|'), 'g');
    compiled.set(id, pattern);
  }
  return pattern;
}

/** True when the folded text starts with a word of the vocabulary. */
export function startsWithWordOf(name: VocabularyName, language: Language, folded: string): boolean {
  const pattern = triggerPattern(name, language);
  pattern.lastIndex = 0;
  const match = pattern.exec(folded);
  pattern.lastIndex = 0;
  return match?.index === 0;
}

/** A blocker's words in both languages, as whole words: cues apply them whatever the article's language. */
export function blockerPattern(name: BlockerName): RegExp {
  const entries = [...TABLES.en[name], ...TABLES.fr[name]];
  return new RegExp(entries.map((entry) => String.raw`\b(?:${entry})\b`).join('|'));
}

const ATTRIBUTION: Record<Language, AttributionWords> = { en: EN_ATTRIBUTION, fr: FR_ATTRIBUTION };
const attributionCompiled = new Map<AttributionListName, RegExp>();

/** An attribution list in both languages, anchored where the text starts and ending at a word boundary (or its own end). */
export function attributionPattern(name: AttributionListName): RegExp {
  let pattern = attributionCompiled.get(name);
  if (!pattern) {
    const entries = [...ATTRIBUTION.en[name], ...ATTRIBUTION.fr[name]];
    pattern = new RegExp(`^(?:${entries.map((entry) => String.raw`(?:${entry})(?:(?<=[,\-'])|\b)`).join('|')})`);
    attributionCompiled.set(name, pattern);
  }
  return pattern;
}
