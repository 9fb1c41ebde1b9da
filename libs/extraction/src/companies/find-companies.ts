import { quoteOf, Span } from '../text/span';
import { CompanyMention, KnownCompany, searchTermsOf, stripLegalSuffix } from './known-company';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Companies named in the article: registered ones by any of their names, then unregistered names that
 * look like companies (a legal form, an exchange ticker, "shares of X", or the subject of the opening
 * sentence), most mentioned first.
 */
export function findCompanies(text: string, known: KnownCompany[]): CompanyMention[] {
  const taken: Span[] = [];
  const registered = known
    .map((company) => registeredMentions(text, company, taken))
    .filter((mention) => mention.mentions.length > 0);
  const unknown = unregisteredMentions(text, taken);
  return [...registered, ...unknown].sort((a, b) => b.mentions.length - a.mentions.length);
}

function registeredMentions(text: string, company: KnownCompany, taken: Span[]): CompanyMention {
  const terms = searchTermsOf(company).sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  for (const term of terms) {
    const caseless = term.length >= 5 && /\p{Ll}/u.test(term);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu');
    for (const match of text.matchAll(pattern)) claim(spans, taken, { start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return { name: company.name, companyId: company.companyId, registered: true, mentions: ordered(text, spans) };
}

const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}&'.-]*|&)`;
const NAME = String.raw`${WORD}(?:\s(?:${WORD}|and|et|de|du|des|of))*?`;
const CANDIDATE_PATTERNS = [
  new RegExp(String.raw`(${NAME}\s(?:PLC|plc|Plc|SA|S\.A\.|SE|Inc\.?|Ltd|Limited|Corp\.?|Corporation|AG|NV|N\.V\.|Group|Groupe|Holdings?))(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`(${NAME})\s\((?:NYSE|NASDAQ|Nasdaq|LSE|LON|EPA|Euronext|XETRA|ETR|TSX|ASX|AMS):\s?[A-Z.]+\)`, 'gu'),
  new RegExp(String.raw`(?:[Ss]hares (?:of|in)|[Aa]ctions? (?:de|d')\s?|[Ll]e titre|[Ll]'action)\s(${NAME})(?=[\s,.;:'’]|$)`, 'gu'),
  new RegExp(String.raw`(${NAME})(?:'s|’s) shares`, 'gu'),
];
/** Capitalised words that are not companies: publications, markets, places, regulators' generic words. */
const NOT_COMPANIES =
  /^(?:The|Le|La|Les|L'|Shares|FTSE(?: \d+)?|CAC(?: 40)?|SBF(?: 120)?|Dow(?: Jones)?|Nasdaq|NYSE|London|Londres|Paris|Reuters|AFP|Bloomberg|Wall Street(?: Journal)?|WSJ|Alliance News|AOF|Euronext|UK|US|U\.S\.|Royaume-Uni|France|Europe)$/;

function unregisteredMentions(text: string, taken: Span[]): CompanyMention[] {
  const byName = new Map<string, Span[]>();
  const note = (name: string, start: number) => {
    const trimmed = name.trim();
    if (trimmed.length < 2 || NOT_COMPANIES.test(trimmed)) return;
    const span = { start, end: start + trimmed.length };
    if (taken.some((other) => span.start < other.end && other.start < span.end)) return;
    const key = stripLegalSuffix(trimmed);
    byName.set(key, [...(byName.get(key) ?? []), span]);
  };
  for (const pattern of CANDIDATE_PATTERNS) {
    for (const match of text.matchAll(pattern)) note(match[1], (match.index ?? 0) + match[0].indexOf(match[1]));
  }
  const opening = openingSubject(text);
  if (opening) note(opening.name, opening.start);
  return [...byName.entries()].map(([key, spans]) => {
    const all = [...spans];
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(key)}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = match.index ?? 0;
      if (!all.some((span) => span.start <= start && start < span.end)) all.push({ start, end: start + key.length });
    }
    const kept: Span[] = [];
    for (const span of all) claim(kept, taken, span);
    return { name: text.slice(spans[0].start, spans[0].end), registered: false, mentions: ordered(text, kept) };
  }).filter((mention) => mention.mentions.length > 0);
}

/** The capitalised name an article opens with ("Acme Corp said...", "(Agency) - Acme a déclaré..."). */
function openingSubject(text: string): { name: string; start: number } | null {
  const match = new RegExp(String.raw`^\s*(?:\([^)]{2,40}\)\s*-\s*)?(${NAME})\s(?:said|says|has|have|is|was|a |ont |fait |progresse|recule|annonce|:)`, 'u').exec(text);
  if (!match) return null;
  return { name: match[1], start: match.index + match[0].indexOf(match[1]) };
}

function claim(spans: Span[], taken: Span[], span: Span): void {
  if (taken.some((other) => span.start < other.end && other.start < span.end)) return;
  spans.push(span);
  taken.push(span);
}

function ordered(text: string, spans: Span[]) {
  return [...spans].sort((a, b) => a.start - b.start).map((span) => quoteOf(text, span));
}
