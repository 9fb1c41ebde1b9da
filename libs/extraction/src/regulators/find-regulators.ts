import { foldText } from '../text/fold';
import { REGULATORS } from './regulator-catalogue';
import { escapePattern as escape } from '../text/escape-pattern';

export interface RegulatorMention {
  /** Indices in the searched text. */
  index: number;
  end: number;
  /** The short name (ICO, CNIL...), or for an unnamed authority the words as written ("autorités compétentes"). */
  regulator: string;
  /** True for authorities not named ("the relevant authorities", "la police"). */
  generic: boolean;
}

interface Matcher {
  pattern: RegExp;
  short: string;
  onFolded: boolean;
}

const NAMED: Matcher[] = REGULATORS.flatMap((entry) => [
  ...entry.names.map((name) => ({ pattern: new RegExp(`(?<![a-z0-9])${escape(name)}(?![a-z0-9])`, 'g'), short: entry.short, onFolded: true })),
  ...entry.acronyms.map((acronym) => ({ pattern: new RegExp(`(?<![A-Za-z0-9])${escape(acronym)}(?![A-Za-z0-9])`, 'g'), short: entry.short, onFolded: false })),
]);

const GENERIC = new RegExp(
  [
    String.raw`(?:(?:relevant|appropriate|competent|applicable|local|national|federal|state)\s)*(?:(?:data protection|data privacy|privacy|supervisory|regulatory|law enforcement|government|cyber ?security)\s)*(?:authorities|regulators)`,
    String.raw`law enforcement(?:\s(?:agencies|authorities))?`,
    String.raw`autorites(?:\s(?:competentes|concernees|judiciaires|publiques|de (?:protection des donnees|controle|regulation|tutelle|surveillance)))*`,
    String.raw`forces de l'ordre`,
    // a police body by its full name, with its short form in brackets: "the State Criminal Police Office of Hesse (LKA Hessen)"
    String.raw`(?:(?:state|federal|national|regional|criminal|metropolitan)\s)*police\s(?:office|department|service|force)(?:\sof\s[a-z]+)?(?:\s\([a-z]+(?:\s[a-z]+)?\))?`,
    String.raw`police`,
    String.raw`gendarmerie`,
    String.raw`commissariat(?: (?:de police|central))?(?: (?:de|d'|du) ?[a-z-]+)?`,
    String.raw`parquet(?: de [a-z]+)?`,
    String.raw`procureur de la republique(?: de [a-z]+)?`,
    String.raw`(?:(?!the\s)[a-z]+\s)?(?:public\s)?prosecutor(?:'s|s')?\soffice`,
  ]
    .map((alternative) => `(?<![a-z])(?:${alternative})(?![a-z])`)
    .join('|'),
  'g',
);

/** Regulators and authorities in a span: named ones by their short name, others as written. Longest match wins. */
export function findRegulators(folded: string, raw: string): RegulatorMention[] {
  const candidates: RegulatorMention[] = [];
  for (const matcher of NAMED) {
    for (const match of (matcher.onFolded ? folded : raw).matchAll(matcher.pattern)) {
      const index = match.index ?? 0;
      candidates.push({ index, end: index + match[0].length, regulator: matcher.short, generic: false });
    }
  }
  for (const match of folded.matchAll(GENERIC)) {
    const index = match.index ?? 0;
    candidates.push({ index, end: index + match[0].length, regulator: raw.slice(index, index + match[0].length), generic: true });
  }
  candidates.sort((a, b) => b.end - b.index - (a.end - a.index) || Number(a.generic) - Number(b.generic));
  const kept: RegulatorMention[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.index < other.end && other.index < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** The short name of a regulator written in any form ("Information Commissioner's Office (ICO)" → ICO), or null. */
export function shortNameOf(written: string): string | null {
  const found = findRegulators(foldText(written), written).filter((mention) => !mention.generic);
  return found[0]?.regulator ?? null;
}
