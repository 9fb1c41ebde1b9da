import { escapePattern as escape } from '../text/escape-pattern';
import { quoteOf, Span } from '../text/span';
import { CompanyMention, stripLegalSuffix } from './known-company';

/** Small words a name's initials leave out: "Compagnie des Eaux et Énergies" is CEE. */
const SMALL_WORDS = /^(?:and|of|the|et|de|du|des|la|le|les|d|l|&)$/i;

/**
 * The capitals a name's words begin with ("Médisol Armor Santé" → MAS, "Tréfileries Maury-Kerhervé" →
 * TMK), from two to six letters; null when the name has one word.
 */
export function initialsOf(name: string): string | null {
  const words = stripLegalSuffix(name)
    .split(/[\s'’-]+/)
    .filter((word) => word.length > 0 && !SMALL_WORDS.test(word));
  if (words.length < 2 || words.length > 6) return null;
  const initials = words.map((word) => word.normalize('NFD')[0].toUpperCase()).join('');
  return /^[A-Z]+$/.test(initials) ? initials : null;
}

/**
 * A company's initials written in capitals ("le titre MAS", "VH Cloud", "MSC says") are that company: their
 * mentions join its own, and a company found under the initials alone is folded into it. `reserved`: spans
 * that name something else (regulators).
 */
export function foldInitials(text: string, companies: CompanyMention[], reserved: Span[] = []): CompanyMention[] {
  let result = [...companies];
  for (const company of companies) {
    const initials = initialsOf(company.name);
    if (!initials || !result.includes(company)) continue;
    const alone = result.find((other) => other !== company && other.name === initials && !other.registered);
    const claimed: Span[] = [...reserved, ...result.filter((other) => other !== company && other !== alone).flatMap((other) => other.mentions)];
    const mentions = [...company.mentions, ...(alone?.mentions ?? [])];
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(initials)}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = match.index ?? 0;
      const overlaps = (span: Span) => start < span.end && span.start < start + initials.length;
      if (!mentions.some(overlaps) && !claimed.some(overlaps)) mentions.push(quoteOf(text, { start, end: start + initials.length }));
    }
    if (mentions.length === company.mentions.length) continue;
    const folded = { ...company, mentions: mentions.sort((a, b) => a.start - b.start) };
    result = result.filter((other) => other !== alone).map((other) => (other === company ? folded : other));
  }
  return result;
}
