import { findRegulators, shortNameOf } from '../regulators/find-regulators';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/calendar-names';
import { foldText } from '../text/fold';
import { escapePattern as escape } from '../text/escape-pattern';
import { quoteOf, Span } from '../text/span';
import { CompanyMention, KnownCompany, searchTermsOf, stripLegalSuffix } from './known-company';
import { foldInitials } from './initials';
import { isPerson } from './people';

/**
 * Companies named in the article: registered ones by any of their names, then unregistered names that
 * look like companies (a legal form, an exchange ticker, "shares of X", a name that speaks or acts, or the
 * subject of the opening sentence), most mentioned first, then first mentioned first.
 */
export function findCompanies(text: string, known: KnownCompany[]): CompanyMention[] {
  const regulators: Span[] = findRegulators(foldText(text), text).map((mention) => ({ start: mention.index, end: mention.end }));
  const taken: Span[] = [...regulators];
  const registered = known.map((company) => registeredMentions(text, company, taken)).filter((mention) => mention.mentions.length > 0);
  const unknown = unregisteredMentions(text, taken);
  const firstMention = (company: CompanyMention) => company.mentions[0]?.start ?? Infinity;
  return foldInitials(text, [...registered, ...unknown], regulators).sort((a, b) => b.mentions.length - a.mentions.length || firstMention(a) - firstMention(b));
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
/** Every capitalised word in a row, where nothing after the name bounds it ("l'action Doria Santé recule"). */
const WHOLE_NAME = String.raw`${WORD}(?:\s${WORD})*`;
const CANDIDATE_PATTERNS = [
  new RegExp(String.raw`(${NAME}\s(?:PLC|plc|Plc|SA|S\.A\.|SE|Inc\.?|Ltd|Limited|Corp\.?|Corporation|AG|NV|N\.V\.|Group|Groupe|Holdings?))(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`(${NAME})\s\((?:NYSE|NASDAQ|Nasdaq|LSE|LON|EPA|Euronext|XETRA|ETR|TSX|ASX|AMS):\s?[A-Z.]+\)`, 'gu'),
  new RegExp(String.raw`(?:[Ss]hares (?:of|in)|[Aa]ctions? (?:de|d')\s?|[Ll]e titre|[Ll]'action)\s(${WHOLE_NAME})(?=[\s,.;:'’]|$)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(${WHOLE_NAME})(?:'s|’s)?\s(?:shares|stock)(?![\p{L}])`, 'gu'),
];
/** Capitalised words that are not companies: publications, markets, places, regulators' generic words. */
const NOT_COMPANIES =
  /^(?:The|Le|La|Les|L'|Shares|FTSE(?: \d+)?|CAC(?: 40)?|SBF(?: 120)?|Dow(?: Jones)?|Nasdaq|NYSE|London|Londres|Paris|Reuters|AFP|Bloomberg|Wall Street(?: Journal)?|WSJ|Alliance News|AOF|Euronext|UK|US|U\.S\.|Royaume-Uni|France|Europe|It|Its|Their|His|Her|He|She|They|We|Il|Elle|Ils|Elles|Ça|Cela|Ceci|Nous|Tout|Tous|Group|Groupe|Company|Société|Although|But|However|Mais|In|On|At|En|No|Non|Yes|This|That|These|Ce|Cette|[\p{L}]+-(?:listed|based|cotée?s?))$/u;

function unregisteredMentions(text: string, taken: Span[]): CompanyMention[] {
  const byName = new Map<string, Span[]>();
  const note = (name: string, start: number) => {
    const lead = LEADING_WORDS.exec(name)?.[0].length ?? 0;
    const trimmed = name
      .slice(lead)
      .replace(/['’]s$/, '')
      .trim();
    start += lead;
    if (trimmed.length < 2 || !/^[\p{Lu}\p{N}]/u.test(trimmed) || NOT_COMPANIES.test(trimmed) || NOT_COMPANIES.test(stripLegalSuffix(trimmed))) return;
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
  for (const match of text.matchAll(NAME_WITH_SHORT_FORM)) note(match[1], match.index ?? 0);
  for (const [acronym, start] of repeatedAcronyms(text)) note(acronym, start);
  for (const pattern of [SPEAKER, DESCRIBED]) {
    for (const match of text.matchAll(pattern)) {
      const lead = LEADING_WORDS.exec(match[1])?.[0].length ?? 0;
      const name = match[1].slice(lead);
      if (!isPerson(text, name)) note(name, (match.index ?? 0) + match[0].indexOf(match[1]) + lead);
    }
  }
  foldShortNames(byName);
  const shortForms = foldDefinedShortForms(text, byName);
  return [...byName.entries()]
    .map(([key, spans]) => {
      const all = [...spans];
      // The name without its legal form, and its first word when distinctive ("Borealis Shipping SA" ... "Borealis").
      const firstWord = key.split(' ')[0];
      for (const term of [...(key.includes(' ') && firstWord.length >= 5 ? [key, firstWord] : [key]), ...(shortForms.get(key) ?? [])]) {
        for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'gu'))) {
          const start = match.index ?? 0;
          if (!all.some((span) => span.start <= start && start < span.end)) all.push({ start, end: start + term.length });
        }
      }
      const kept: Span[] = [];
      for (const span of all) claim(kept, taken, span);
      const longest = spans.reduce((best, span) => (span.end - span.start > best.end - best.start ? span : best));
      return { name: text.slice(longest.start, longest.end), registered: false, mentions: ordered(text, kept) };
    })
    .filter((mention) => mention.mentions.length > 0);
}

/** Verbs of a company speaking or acting, after its name: "Acme said", "Acme a indiqué", "Acme précise". */
const SPEECH = String.raw`(?:said|says|told|adds|has|had|have|confirmed|added|disclosed|announced|reported|warned|revealed|admitted|expects|a\s\p{Ll}+[ée]|a\s(?:reconnu|admis|dit|conclu|décrit|obtenu)|avait\s\p{Ll}+[ée]|annonce|assure|précise|indique|confirme|révèle|affirme|explique|reconnaît|prévoit)(?![\p{L}])`;
/** A name that speaks, whole however many words it has: "Acme said", "Doria Santé a annoncé", "CVS Group said". */
const SPEAKER = new RegExp(String.raw`(?<![\p{L}\p{N}'’])(${NAME})(?<!\s(?:and|et|de|du|des|of))\s${SPEECH}`, 'gu');
/** A name after a descriptive noun phrase: "La société Étoile Médical a annoncé", "the retailer Acme said". */
const DESCRIBED = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Ll]es?|[Ll]a|[Tt]he|[Uu]ne?|[Aa]n?)\s|[Ll]['’])(?:[\p{Ll}'’-]+\s){1,3}(${NAME})(?<!\s(?:and|et|de|du|des|of))\s${SPEECH}`,
  'gu',
);
/**
 * A day or a month before the name: "On Tuesday Acme said", "In March Acme warned". Not "May" or "Mai", which
 * open sentences and names as other words.
 */
const DAYS_AND_MONTHS = [...WEEKDAY_NAMES, ...MONTH_NAMES.filter((month) => month !== 'may' && month !== 'mai')]
  .map((name) => name[0].toUpperCase() + name.slice(1))
  .join('|');
/** Capitalised words that open a sentence without naming anything. */
const LEADING_WORDS = new RegExp(
  String.raw`^(?:(?:(?:The|Le|La|Les|Un|Une|A|An|Yesterday|Today|Hier|Aujourd'hui|On|In|En|At|À|Shares|Analysts?|${DAYS_AND_MONTHS})\s)|L['’])+`,
  'u',
);

/** "Acme" and "Acme Industries plc" are one company: the short name's mentions join the long one's. */
function foldShortNames(byName: Map<string, Span[]>): void {
  for (const [name, spans] of [...byName.entries()]) {
    if (name.includes(' ')) continue;
    const longer = [...byName.keys()].find((other) => other.startsWith(`${name} `));
    if (!longer) continue;
    byName.set(longer, [...(byName.get(longer) ?? []), ...spans]);
    byName.delete(name);
  }
}

/** "Constructions Mécaniques Dauphiné-Vercors (CMDV)": the short form's mentions are the long name's. */
function foldDefinedShortForms(text: string, byName: Map<string, Span[]>): Map<string, string[]> {
  const shortForms = new Map<string, string[]>();
  for (const match of text.matchAll(NAME_WITH_SHORT_FORM)) {
    const long = [...byName.keys()].find((name) => match[1].endsWith(name) && name.includes(' '));
    const short = /\(([\p{Lu}&]{2,6})\)$/u.exec(match[0])?.[1];
    if (!long || !short || short === long || !byName.has(short)) continue;
    byName.set(long, [...(byName.get(long) ?? []), ...(byName.get(short) ?? [])]);
    byName.delete(short);
    shortForms.set(long, [...(shortForms.get(long) ?? []), short]);
  }
  return shortForms;
}

/** "Marks and Spencer (M&S)": a name and the short form the article then uses. */
const NAME_WITH_SHORT_FORM = new RegExp(String.raw`(${NAME})\s\((?:[\p{Lu}&]{2,6})\)`, 'gu');
const ACRONYM = /(?<![\p{L}\p{N}&])(\p{Lu}[\p{Lu}&]{1,5})(?![\p{L}\p{N}&])/gu;
const NOT_COMPANY_ACRONYMS = new Set([
  'FTSE',
  'CAC',
  'SBF',
  'NYSE',
  'LSE',
  'UK',
  'US',
  'USA',
  'EU',
  'UE',
  'CEO',
  'CFO',
  'IT',
  'AI',
  'IA',
  'GMT',
  'CET',
  'PDG',
  'WSJ',
  'FT',
  'AFP',
  'AOF',
  'PLC',
  'SA',
  'SE',
  'AG',
  'NV',
  'GNL',
  'LNG',
  'ETF',
  'IPO',
  'EPS',
  'EBITDA',
  'EBIT',
]);

/** Short upper-case names the article repeats (three times or more) that are not regulators or market words. */
function repeatedAcronyms(text: string): [string, number][] {
  const first = new Map<string, { start: number; count: number }>();
  for (const match of text.matchAll(ACRONYM)) {
    const seen = first.get(match[1]);
    first.set(match[1], { start: seen?.start ?? match.index ?? 0, count: (seen?.count ?? 0) + 1 });
  }
  return [...first.entries()]
    .filter(([acronym, { count }]) => count >= 3 && !NOT_COMPANY_ACRONYMS.has(acronym) && !shortNameOf(acronym))
    .map(([acronym, { start }]) => [acronym, start]);
}

/** The capitalised name an article opens with ("Acme Corp said...", "(Agency) - Acme a déclaré...", "Acme : …" when Acme is named again). */
function openingSubject(text: string): { name: string; start: number } | null {
  const match = new RegExp(
    String.raw`^\s*(?:\([^)]{2,40}\)\s*-\s*)?(${NAME})\s(?:said|says|has|have|is|was|a |ont |fait |progresse|recule|annonce|:)`,
    'u',
  ).exec(text);
  if (!match) return null;
  const start = match.index + match[0].indexOf(match[1]);
  // a headline's topic before a colon ("Cyberattaque : les Cristalleries X…") names no company unless the text names it again
  if (match[0].endsWith(':') && !new RegExp(`(?<![\\p{L}\\p{N}])${escape(match[1])}(?![\\p{L}\\p{N}])`, 'u').test(text.slice(start + match[1].length)))
    return null;
  return { name: match[1], start };
}

function claim(spans: Span[], taken: Span[], span: Span): void {
  if (taken.some((other) => span.start < other.end && other.start < span.end)) return;
  spans.push(span);
  taken.push(span);
}

function ordered(text: string, spans: Span[]) {
  return [...spans].sort((a, b) => a.start - b.start).map((span) => quoteOf(text, span));
}
