const REPLACEMENTS: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
};

const cache = new Map<string, string>();

/**
 * Lowercases, strips accents and unifies quotes, dashes and spaces, one code unit for one code unit,
 * so that an index found in the folded text is the same index in the original.
 */
export function foldText(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) folded += foldChar(text[index]);
  return folded;
}

function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = REPLACEMENTS[char] ?? withoutAccent(char);
    cache.set(char, folded);
  }
  return folded;
}

function withoutAccent(char: string): string {
  const lower = char.toLowerCase();
  const single = lower.length === 1 ? lower : char;
  const decomposed = single.normalize('NFD');
  return decomposed.length > 1 && decomposed.charCodeAt(0) < 128 ? decomposed[0] : single;
}
